/* eslint-disable */
// Smoke test of the harness against a real n8n:
//   npx tsx e2e/smoke.ts <line: 2|1> [our-package.tgz]
// Always installs a throwaway community package (action node + poll trigger) to prove
// loading, `execute` and activation; with a tarball, also checks which of its types load.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
	N8nSession,
	THROWAWAY_NODE_TYPE,
	THROWAWAY_PACKAGE,
	THROWAWAY_TRIGGER_TYPE,
	WorkflowJson,
	buildThrowawayPackage,
	ensureN8n,
	lineDefinition,
} from './lib';

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
	const started = Date.now();
	try {
		return await fn();
	} finally {
		console.log(`  [${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${label}`);
	}
}

let nodeSeq = 0;
const node = (
	name: string,
	type: string,
	parameters: Record<string, unknown>,
	typeVersion = 1,
) => ({
	id: `a0000000-0000-4000-8000-${String(++nodeSeq).padStart(12, '0')}`,
	name,
	type,
	typeVersion,
	position: [nodeSeq * 200, 0],
	parameters,
});
const link = (to: string) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });

/** Manual Trigger → Set (built-in) → E2E Echo (community). */
const manualWorkflow = (): WorkflowJson => ({
	name: 'e2e smoke: manual',
	nodes: [
		node('Start', 'n8n-nodes-base.manualTrigger', {}),
		node(
			'Set',
			'n8n-nodes-base.set',
			{
				mode: 'manual',
				assignments: {
					assignments: [
						{
							id: 'b0000000-0000-4000-8000-000000000001',
							name: 'greeting',
							value: 'hello from e2e',
							type: 'string',
						},
					],
				},
				options: {},
			},
			3.4,
		),
		node('Echo', THROWAWAY_NODE_TYPE, { message: 'echo!' }),
	],
	connections: { Start: link('Set'), Set: link('Echo') },
	settings: { executionOrder: 'v1' },
});

/** E2E Tick Trigger (community poll trigger, every minute) → nothing. */
const pollWorkflow = (): WorkflowJson => ({
	name: 'e2e smoke: poll trigger',
	nodes: [node('Tick', THROWAWAY_TRIGGER_TYPE, { pollTimes: { item: [{ mode: 'everyMinute' }] } })],
	connections: {},
	settings: { executionOrder: 'v1' },
});

async function main(): Promise<void> {
	const [line = '2', ourTarball] = process.argv.slice(2);
	const definition = lineDefinition(line);
	console.log(
		`smoke: n8n line ${line} (n8n ${definition.n8nVersion} on node ${definition.nodeVersion})`,
	);
	const started = Date.now();
	if (ourTarball && !fs.existsSync(ourTarball)) throw new Error(`No such tarball: ${ourTarball}`);

	const install = await timed('ensure n8n installed', () => ensureN8n(line));
	const disk = execFileSync('du', ['-sh', install.dir], { encoding: 'utf8' }).split('\t')[0];
	console.log(`  install: ${install.dir} (${disk})`);

	const throwaway = await timed('pack throwaway package', buildThrowawayPackage);
	const tarballs = ourTarball ? [ourTarball, throwaway] : [throwaway];
	try {
		const session = await timed('user folder + install packages', () =>
			N8nSession.open({ line, tarballs }),
		);
		try {
			console.log(`  user folder: ${session.userFolder}`);
			const loaded = await timed('export:nodes', () => session.listLoadedNodes());
			for (const pkg of session.installedPackages) {
				const types = loaded.filter((n) => n.name.startsWith(`${pkg.name}.`)).map((n) => n.name);
				console.log(`  loaded from ${pkg.name}@${pkg.version}: ${types.join(', ') || '(none)'}`);
				if (types.length === 0) throw new Error(`No node type of ${pkg.name} loaded`);
			}
			console.log(`  node types loaded in total: ${loaded.length}`);

			const manualId = await timed('import:workflow (manual)', () =>
				session.importWorkflow(manualWorkflow()),
			);
			const result = await timed('execute', () => session.executeWorkflow(manualId));
			const echoed = result.nodeOutput('Echo');
			console.log(`  Echo output: ${JSON.stringify(echoed)}`);
			if (echoed[0]?.greeting !== 'hello from e2e' || echoed[0]?.echoed !== 'echo!')
				throw new Error('Unexpected workflow output');

			const pollId = await timed('import:workflow (poll trigger)', () =>
				session.importWorkflow(pollWorkflow()),
			);
			await timed('activate (poll trigger)', () => session.activate(pollId));

			const server = await timed('start (until ready)', () => session.start());
			console.log(`  server: ${server.url}, task broker port ${server.brokerPort}`);
			const client = await timed('owner setup + login', () => session.ownerSetupAndLogin(server));
			const manualRuns = await timed('list executions (manual)', () =>
				client.listExecutions(manualId),
			);
			console.log(
				`  executions of the manual workflow: ${manualRuns.map((e) => `${e.id}:${e.mode}:${e.status}`).join(', ')}`,
			);
			const pollRuns = await timed('wait for poll execution', () =>
				client.waitForExecutions(pollId, { timeoutMs: 60000 }),
			);
			const pollRun = await client.getExecution(pollRuns[0].id);
			const tick = pollRun.data.resultData.runData.Tick[0].data.main[0][0].json;
			console.log(
				`  poll execution ${pollRuns[0].id}: ${pollRuns[0].mode}:${pollRuns[0].status}, Tick emitted ${JSON.stringify(tick)}`,
			);
			await timed('stop', () => server.stop());
		} finally {
			await session.close();
		}
	} finally {
		fs.rmSync(path.dirname(throwaway), { recursive: true, force: true });
	}
	console.log(
		`smoke OK: line ${line}, ${THROWAWAY_PACKAGE}${ourTarball ? ` + ${ourTarball}` : ''}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
	);
}

main().catch((error) => {
	console.error(`smoke FAILED: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
	process.exit(1);
});
