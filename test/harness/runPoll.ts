import { PollContext, PollTriggerExecutor } from 'n8n-core';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { CredentialStore } from './credentialStore';
import type { LogEntry } from './logRecorder';
import { assertNoSecretLeak, knownSecrets } from './secretScan';
import type { NodeClass } from './nodeTypes';
import {
	createAdditionalData,
	createSingleNodeWorkflow,
	nextExecutionId,
} from './singleNodeWorkflow';
import type { SingleNodeOptions, SingleNodeWorkflow } from './singleNodeWorkflow';

export interface RunPollOptions extends SingleNodeOptions {
	/** What `getWorkflowStaticData('node')` holds when the poll starts. Default: empty. */
	staticData?: IDataObject;
	/**
	 * 'trigger' (default): a poll of a published workflow. 'manual': the editor's
	 * "Fetch test event", whose static data changes n8n never saves.
	 */
	mode?: 'trigger' | 'manual';
	/**
	 * Trigger mode only. True: the poll n8n runs once when the workflow is published or n8n
	 * starts (errors block the activation; static data is saved afterwards even when the poll
	 * returned nothing). False (default): a scheduled poll.
	 */
	activation?: boolean;
	/**
	 * Overrides `this.getPollBudgetMs()` (n8n 2.41 answers 5 minutes in legacy mode, about 36 s
	 * under the durable scheduler). `null` removes the method, as on an n8n 1.x host.
	 */
	pollBudgetMs?: number | null;
	/** Default true: throw the poll's error. False: return it in `error`, with the logs. */
	throwOnError?: boolean;
}

export interface RunPollResult {
	/** What `poll()` returned: items to start an execution with, or null for "nothing new". */
	result: INodeExecutionData[][] | null;
	/** A JSON copy of what the node left in `getWorkflowStaticData('node')` (in memory). */
	staticData: IDataObject;
	/**
	 * What n8n writes to its database for this node after this poll, or undefined when it writes
	 * nothing (manual mode; a scheduled poll that returned null; a poll that threw; no change).
	 * Pass the last written value back as `staticData` to simulate an n8n restart.
	 */
	persistedStaticData?: IDataObject;
	credentialStore: CredentialStore;
	/** How many times a credential's `preAuthentication` (login) ran during this poll. */
	preAuthenticationCalls: number;
	/** Everything n8n and the node logged during this poll. */
	logs: LogEntry[];
	/** The poll's error, when `throwOnError` is false and the poll failed. */
	error?: Error;
}

/** An n8n 1.x PollContext has no getPollBudgetMs (added in 2.x). */
function removePollBudget(context: PollContext): void {
	delete (context as { getPollBudgetMs?: unknown }).getPollBudgetMs;
}

function budgetOverride(pollBudgetMs: number | null | undefined) {
	return typeof pollBudgetMs === 'number' ? () => pollBudgetMs : undefined;
}

/**
 * Production path, as in n8n 2.41 without durable cursors: the CLI's `getExecutePollFunctions`
 * builds a PollContext whose `__emit` saves the workflow's static data and starts an execution,
 * and n8n-core's real `PollTriggerExecutor` runs `poll()` and calls `__emit` when it returned
 * items. A scheduled poll's error goes to `__emitError`; we rethrow it.
 */
async function pollAsTrigger(setup: SingleNodeWorkflow, options: RunPollOptions) {
	const { workflow, node, runtime } = setup;
	const additionalData = createAdditionalData(setup, nextExecutionId());
	let result: INodeExecutionData[][] | null = null;
	let emitted = false;
	let emittedError: Error | undefined;
	const context = new PollContext(
		workflow,
		node,
		additionalData,
		'trigger',
		options.activation ? 'activate' : 'init',
		(data) => {
			emitted = true;
			result = data;
		},
		(error) => {
			emittedError = error;
		},
		undefined,
		undefined,
		undefined,
		budgetOverride(options.pollBudgetMs),
	);
	if (options.pollBudgetMs === null) removePollBudget(context);

	const executePoll = runtime.container
		.get(PollTriggerExecutor)
		.create(workflow, node, context, () => true);
	await executePoll(options.activation === true);
	if (emittedError) throw emittedError;

	// The CLI's saveStaticData only writes when the observable static data changed.
	const changed = workflow.staticData.__dataChanged === true;
	return { result, saved: (emitted || options.activation === true) && changed };
}

/** Editor path: `WorkflowExecute.executePollNode` builds a manual PollContext and calls poll(). */
async function pollManually(setup: SingleNodeWorkflow, options: RunPollOptions) {
	const { workflow, node, nodeType } = setup;
	const additionalData = createAdditionalData(setup, nextExecutionId());
	const context = new PollContext(
		workflow,
		node,
		additionalData,
		'manual',
		'manual',
		undefined,
		undefined,
		undefined,
		undefined,
		undefined,
		budgetOverride(options.pollBudgetMs),
	);
	if (options.pollBudgetMs === null) removePollBudget(context);
	if (!nodeType.poll) throw new Error(`Node type "${node.type}" has no poll() method`);
	const result = (await nodeType.poll.call(context)) ?? null;
	return { result, saved: false };
}

/**
 * Runs a polling trigger's `poll()` in n8n-core's real PollContext. Afterwards it fails with a
 * SecretLeakError if a secret shows in the items, the static data, the error or the logs.
 */
export async function runPoll(
	TriggerClass: NodeClass,
	options: RunPollOptions = {},
): Promise<RunPollResult> {
	const mode = options.mode ?? 'trigger';
	const setup = createSingleNodeWorkflow(TriggerClass, options, {
		active: mode === 'trigger',
		nodeStaticData: options.staticData ?? {},
	});
	const { workflow, node, credentialStore, credentialsHelper, runtime } = setup;
	const secretsBefore = credentialsHelper.secretValues();

	const logMark = runtime.logger.mark();
	const loginsBefore = credentialStore.countPreAuthentications();
	let outcome: { result: INodeExecutionData[][] | null; saved: boolean };
	let error: Error | undefined;
	try {
		outcome =
			mode === 'manual' ? await pollManually(setup, options) : await pollAsTrigger(setup, options);
	} catch (pollError) {
		error = pollError as Error;
		outcome = { result: null, saved: false };
	}

	const staticData = JSON.parse(
		JSON.stringify(workflow.getStaticData('node', node) ?? {}),
	) as IDataObject;
	const logs = runtime.logger.since(logMark);
	assertNoSecretLeak(knownSecrets([...secretsBefore, ...credentialsHelper.secretValues()]), [
		{ place: 'poll output', value: outcome.result, json: true },
		{ place: 'static data', value: staticData, json: true },
		{ place: 'error', value: error },
		{ place: 'log', value: logs },
	]);
	if (error && options.throwOnError !== false) throw error;
	return {
		result: outcome.result,
		staticData,
		persistedStaticData: outcome.saved ? JSON.parse(JSON.stringify(staticData)) : undefined,
		credentialStore,
		preAuthenticationCalls: credentialStore.countPreAuthentications() - loginsBefore,
		logs,
		error,
	};
}
