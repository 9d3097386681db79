/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- the demo, a script run by Node, never shipped */
// `npm run demo`: the EXPLORE simulator plus a real n8n running this package, live.
// Everything it starts is stopped on Ctrl-C. See e2e/demo/README.md.
import * as os from 'os';
import * as path from 'path';

import { E2E_OWNER } from '../lib';
import type { N8nSession } from '../lib';
import type { Simulator } from '../../sandbox/server';
import { buildAndPack } from './build-and-pack';
import { detail, fail, say, shortened, step } from './console-output';
import {
	editorUrl,
	ensureDemoN8n,
	describeUserFolderFate,
	openDemoSession,
	startEditor,
} from './demo-n8n';
import { DEMO_USAGE, parseDemoOptions } from './demo-options';
import type { DemoOptions } from './demo-options';
import { describeSimulator, startDemoSimulator } from './demo-simulator';
import { demoCredential, demoWorkflows } from './demo-workflows';
import { startExecutionWatcher } from './execution-watcher';
import { startFlagTicker } from './flag-ticker';
import { watchForHarnessSignalListeners } from './harness-signal-kill';
import { runImportAndSummarize } from './import-run-summary';
import { Shutdown } from './shutdown';
import { startSinkWatcher } from './sink-watcher';

/** Build log and tarball; overwritten by the next run. */
const PACK_DIR = path.join(os.tmpdir(), 'n8n-nodes-explore-demo');

async function startSimulatorStep(
	label: string,
	options: DemoOptions,
	shutdown: Shutdown,
): Promise<Simulator> {
	const simulator = await step(label, async () => {
		const started = await startDemoSimulator(options.records, !options.withN8n);
		describeSimulator(started);
		return started;
	});
	shutdown.add('EXPLORE simulator', async () => {
		const { requests, logins } = simulator.stats();
		await simulator.stop();
		return `EXPLORE simulator stopped (it answered ${requests} API requests, ${logins} of them logins)`;
	});
	return simulator;
}

async function runFullDemo(options: DemoOptions, shutdown: Shutdown): Promise<void> {
	const tarball = await step('[1/6] Build and pack n8n-nodes-explore', () =>
		buildAndPack(PACK_DIR),
	);
	const simulator = await startSimulatorStep(
		'[2/6] Start the EXPLORE API simulator',
		options,
		shutdown,
	);

	const dropHarnessSignalKill = watchForHarnessSignalListeners();
	const opened: { session?: N8nSession } = {};
	shutdown.add('n8n', async () => {
		if (!opened.session) return 'n8n was not started';
		await opened.session.close();
		return `n8n stopped; ${describeUserFolderFate(opened.session, options.keepUserFolder)}`;
	});
	const n8n = await step(
		'[3/6] Get n8n 2.x (cached after the first run) and install the package into it',
		async () => {
			await ensureDemoN8n();
			return (opened.session = await openDemoSession(tarball, options.keepUserFolder));
		},
		{ heartbeatMs: 0 }, // a first install reports its own progress
	);
	dropHarnessSignalKill();

	const workflows = demoWorkflows(simulator);
	await step('[4/6] Import the credential and the demo workflows', async () => {
		await n8n.importCredentials([demoCredential(simulator)]);
		detail('credential "EXPLORE (demo simulator)" → the simulator, demo keys');
		await n8n.importWorkflows(Object.values(workflows));
		for (const workflow of Object.values(workflows)) detail(`workflow "${workflow.name}"`);
	});

	await step(`[5/6] Run "${workflows.importProjects.name}" once (n8n execute)`, () =>
		runImportAndSummarize(n8n, workflows.importProjects.id!, workflows.importProjects, simulator),
	);

	const { server, api } = await step('[6/6] Activate the triggers and start n8n', async () => {
		for (const workflow of [workflows.notifyProject, workflows.syncCompany]) {
			await n8n.activate(workflow.id!);
			detail(`active: "${workflow.name}"`);
		}
		const editor = await startEditor(n8n);
		return { server: editor, api: await n8n.ownerSetupAndLogin(editor) };
	});

	say(`
n8n is running with n8n-nodes-explore installed:
  Editor    ${editorUrl(server.port)}
  Login     ${E2E_OWNER.email}  /  ${E2E_OWNER.password}
  Simulator ${simulator.url}  (sinks: ${simulator.controlUrl}sink/notifications, …/sink/crm)

A colleague flags a new project every ${options.flagEverySeconds} s (a company every ${3 * options.flagEverySeconds} s).
The EXPLORE Trigger checks every minute and posts each new flag once to the sinks:
watch the executions below or in the editor. Press Ctrl-C to stop.
`);
	const stopSinks = startSinkWatcher(simulator);
	const stopExecutions = startExecutionWatcher(api, [
		{
			id: workflows.notifyProject.id!,
			workflow: workflows.notifyProject,
			itemNouns: ['project', 'projects'],
		},
		{
			id: workflows.syncCompany.id!,
			workflow: workflows.syncCompany,
			itemNouns: ['company', 'companies'],
		},
	]);
	const stopFlags = startFlagTicker(simulator, options.flagEverySeconds);
	shutdown.add('live feed', () => {
		stopFlags();
		stopExecutions();
		stopSinks();
	});
}

async function runSimulatorOnly(options: DemoOptions, shutdown: Shutdown): Promise<void> {
	const simulator = await startSimulatorStep('Start the EXPLORE API simulator', options, shutdown);
	say(`
To use it from your own n8n (with this package installed), create an EXPLORE API credential:
Authentication "Token", the keys above, Base URL ${simulator.baseUrl}.
Demo workflows to import: ${path.join(__dirname, 'workflows')}
(they post to ${simulator.url}/__sim/sink/notifications and …/sink/crm, shown below).

A colleague flags a new project every ${options.flagEverySeconds} s (a company every ${3 * options.flagEverySeconds} s).
Each API request is printed. Press Ctrl-C to stop.
`);
	const stopSinks = startSinkWatcher(simulator);
	const stopFlags = startFlagTicker(simulator, options.flagEverySeconds);
	shutdown.add('live feed', () => {
		stopFlags();
		stopSinks();
	});
}

async function main(): Promise<void> {
	let options: DemoOptions;
	try {
		options = parseDemoOptions(process.argv.slice(2));
	} catch (error) {
		fail(`${(error as Error).message} (see npm run demo -- --help)`);
		process.exit(2);
	}
	if (options.help) {
		say(DEMO_USAGE);
		return;
	}
	const shutdown = new Shutdown();
	shutdown.exitOnSignals(() => say('Demo stopped.'));
	say(`n8n-nodes-explore demo${options.withN8n ? '' : ' (simulator only)'}  —  Ctrl-C stops it`);
	try {
		if (options.withN8n) await runFullDemo(options, shutdown);
		else await runSimulatorOnly(options, shutdown);
	} catch (error) {
		say('\nFailed: stopping what was started…');
		await shutdown.run();
		fail(shortened((error as Error).message));
		process.exit(1);
	}
}

void main();
