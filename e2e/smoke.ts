/* eslint-disable */
// Smoke test of the harness against a real n8n:
//   npx tsx e2e/smoke.ts <line: 2|1> [package.tgz]
// Without a tarball it packs a throwaway one-node community package to prove loading.
import * as fs from 'fs';
import { execFileSync } from 'child_process';
import {
	N8nSession,
	THROWAWAY_NODE_TYPE,
	WorkflowJson,
	buildThrowawayPackage,
	ensureN8n,
	lineDefinition,
} from './lib';

const timings: Array<[string, number]> = [];
async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
	const started = Date.now();
	try {
		return await fn();
	} finally {
		timings.push([label, Date.now() - started]);
		console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
}

function smokeWorkflow(extraNodeType?: string): WorkflowJson {
	const nodes: WorkflowJson['nodes'] = [
		{ id: 'a0000000-0000-4000-8000-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{
			id: 'a0000000-0000-4000-8000-000000000002',
			name: 'Set',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [200, 0],
			parameters: {
				mode: 'manual',
				assignments: { assignments: [{ id: 'b0000000-0000-4000-8000-000000000001', name: 'greeting', value: 'hello from e2e', type: 'string' }] },
				options: {},
			},
		},
	];
	const connections: WorkflowJson['connections'] = {
		Start: { main: [[{ node: 'Set', type: 'main', index: 0 }]] },
	};
	if (extraNodeType) {
		nodes.push({ id: 'a0000000-0000-4000-8000-000000000003', name: 'Echo', type: extraNodeType, typeVersion: 1, position: [400, 0], parameters: { message: 'echo!' } });
		connections.Set = { main: [[{ node: 'Echo', type: 'main', index: 0 }]] };
	}
	return { name: 'e2e smoke', nodes, connections, settings: { executionOrder: 'v1' } };
}

async function main(): Promise<void> {
	const [line = '2', tarballArg] = process.argv.slice(2);
	const definition = lineDefinition(line);
	console.log(`smoke: n8n line ${line} (n8n ${definition.n8nVersion}, node ${definition.nodeVersion})`);
	const started = Date.now();

	const install = await timed('ensure n8n installed', () => ensureN8n(line));
	console.log(`  install: ${install.dir}`);
	console.log(`  disk used by install: ${execFileSync('du', ['-sh', install.dir], { encoding: 'utf8' }).split('\t')[0]}`);

	if (tarballArg && !fs.existsSync(tarballArg)) throw new Error(`No such tarball: ${tarballArg}`);
	const tarball = tarballArg ?? (await timed('pack throwaway package', buildThrowawayPackage));
	console.log(`  package tarball: ${tarball}`);

	const session = await timed('create user folder + install package', () => N8nSession.open({ line, tarball }));
	try {
		const packageName = session.installedPackage!.name;
		console.log(`  user folder: ${session.userFolder}`);
		const loaded = await timed('n8n export:nodes', () => session.listLoadedNodes(`${packageName}.`));
		console.log(`  community node types loaded from ${packageName}: ${loaded.map((n) => n.name).join(', ') || '(none)'}`);
		if (loaded.length === 0) throw new Error(`No node type of ${packageName} loaded`);

		const echoType = packageName === THROWAWAY_NODE_TYPE.split('.')[0] ? THROWAWAY_NODE_TYPE : undefined;
		const workflowId = await timed('n8n import:workflow', () => session.importWorkflow(smokeWorkflow(echoType)));
		console.log(`  workflow id: ${workflowId}`);
		const result = await timed('n8n execute', () => session.executeWorkflow(workflowId));
		const lastNode = echoType ? 'Echo' : 'Set';
		const output = result.nodeOutput(lastNode);
		console.log(`  ${lastNode} output: ${JSON.stringify(output)}`);
		if (output[0]?.greeting !== 'hello from e2e' || (echoType && output[0]?.echoed !== 'echo!')) {
			throw new Error('Unexpected workflow output');
		}

		const server = await timed('n8n start (until ready)', () => session.start());
		console.log(`  server: ${server.url} (task broker port ${server.brokerPort})`);
		const client = await timed('owner setup + login', () => session.ownerSetupAndLogin(server));
		const executions = await timed('list executions', () => client.listExecutions(workflowId));
		console.log(`  executions of ${workflowId}: ${executions.map((e) => `${e.id}:${e.mode}:${e.status}`).join(', ') || '(none)'}`);
		await timed('n8n stop', () => server.stop());
	} finally {
		await session.close();
	}
	console.log(`smoke OK for line ${line} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
	console.error(`smoke FAILED: ${error instanceof Error ? error.stack ?? error.message : error}`);
	process.exit(1);
});
