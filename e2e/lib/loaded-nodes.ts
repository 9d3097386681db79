/* eslint-disable */
// Which node types a real n8n loads, via `n8n export:nodes`.
import * as fs from 'fs';
import * as path from 'path';
import { N8nCommandError, N8nContext, runN8n } from './n8n-cli';
import { scratchDir } from './user-folder';

export interface LoadedNodeType {
	/** Full type as used in workflows, e.g. `n8n-nodes-explore.explore`. */
	name: string;
	displayName: string;
	version: number | number[];
	[key: string]: unknown;
}

/** Every node type n8n loaded (built-in and community). `prefix` filters on the type name, e.g. 'n8n-nodes-explore.'. */
export async function listLoadedNodes(context: N8nContext, prefix = ''): Promise<LoadedNodeType[]> {
	const file = path.join(scratchDir(context.userFolder), `nodes-${Date.now()}.json`);
	const result = await runN8n(context, ['export:nodes', `--output=${file}`]);
	let nodes: LoadedNodeType[];
	try {
		nodes = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (error) {
		throw new N8nCommandError(
			`export:nodes wrote no readable ${file}: ${(error as Error).message}`,
			result,
		);
	} finally {
		fs.rmSync(file, { force: true });
	}
	return nodes.filter((node) => node.name.startsWith(prefix));
}
