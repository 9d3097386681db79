/* eslint-disable @n8n/community-nodes/require-node-api-error -- e2e test code run by Node and jest, never shipped in the n8n package */
// One n8n line's run: simulators, one n8n session with our package, every workflow imported in
// one batch, the trigger workflow activated, and every Manual Trigger workflow executed in one
// batch. The specs then read the results; only token expiry and the trigger run n8n again.
import { BatchResult, LoadedNodeType, N8nSession, WorkflowJson, exploreTarball } from '../lib';
import { ActionWorkflows, FilterWindow, actionWorkflows, filterWindow } from './action-workflows';
import { TRIGGER_CREDENTIAL, suiteCredentials } from './credentials';
import { ExampleWorkflows, exampleWorkflows } from './example-workflows';
import { SuiteSimulators, startSuiteSimulators, stopSuiteSimulators } from './simulators';
import { StepTimer } from './step-timer';
import { triggerWorkflow } from './trigger-workflow';

export interface LineFixture {
	line: string;
	session: N8nSession;
	simulators: SuiteSimulators;
	window: FilterWindow;
	actions: ActionWorkflows;
	examples: ExampleWorkflows;
	trigger: WorkflowJson & { id: string };
	loadedNodes: LoadedNodeType[];
	/** Every Manual Trigger workflow, run once. */
	batch: BatchResult;
	timer: StepTimer;
	close(): Promise<void>;
}

export async function openLineFixture(line: string): Promise<LineFixture> {
	const timer = new StepTimer(`line ${line}:`);
	const simulators = await startSuiteSimulators();
	let session: N8nSession | undefined;
	try {
		session = await timer.time('user folder + package install', () =>
			N8nSession.open({ line, tarballs: [exploreTarball()] }),
		);
		const opened = session;
		const window = filterWindow(simulators.main.now());
		const actions = actionWorkflows(window);
		const examples = exampleWorkflows(`${simulators.main.url}/__sim/sink`);
		const trigger = triggerWorkflow(
			simulators.trigger.url,
			TRIGGER_CREDENTIAL,
		) as LineFixture['trigger'];
		const copies = Object.values(examples.copies).map((copy) => copy.workflow);
		await timer.time('import:credentials (4)', () =>
			opened.importCredentials(suiteCredentials(simulators)),
		);
		const all = [
			...Object.values(actions),
			...Object.values(examples.originals),
			...copies,
			trigger,
		];
		await timer.time(`import:workflow (${all.length} in one batch)`, () =>
			opened.importWorkflows(all),
		);
		await timer.time('activate the trigger workflow', () => opened.activate(trigger.id));
		const loadedNodes = await timer.time('export:nodes', () => opened.listLoadedNodes());
		const batchIds = [
			...Object.values(actions).map((workflow) => workflow.id!),
			examples.originals.list.id,
			...copies.map((workflow) => workflow.id),
		];
		const batch = await timer.time(`execute-batch (${batchIds.length} workflows)`, () =>
			opened.executeWorkflows(batchIds),
		);
		return {
			line,
			session: opened,
			simulators,
			window,
			actions,
			examples,
			trigger,
			loadedNodes,
			batch,
			timer,
			close: async () => {
				await opened.close();
				await stopSuiteSimulators(simulators);
			},
		};
	} catch (error) {
		await session?.close();
		await stopSuiteSimulators(simulators);
		throw error;
	}
}
