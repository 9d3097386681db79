import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ExecutionError,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	IRun,
	IWorkflowBase,
	Workflow,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData } from 'n8n-workflow';

import type { CredentialStore } from './credentialStore';
import type { LogEntry } from './logRecorder';
import { assertNoSecretLeak, knownSecrets } from './secretScan';
import type { NodeClass } from './nodeTypes';
import {
	createAdditionalData,
	createSingleNodeWorkflow,
	nextExecutionId,
} from './singleNodeWorkflow';
import type { SingleNodeOptions } from './singleNodeWorkflow';

export interface RunNodeOptions extends SingleNodeOptions {
	/** The items the node receives. Default: the one empty item a Manual Trigger emits. */
	inputItems?: INodeExecutionData[];
	/** Sets the node's "On Error" setting to "Continue" (`onError: 'continueRegularOutput'`). */
	continueOnFail?: boolean;
	/** Default 'manual' (the editor's "Execute workflow"); the `n8n execute` CLI uses 'cli'. */
	mode?: WorkflowExecuteMode;
	/** Default true: throw the node's error. False: return it in `error`, with the logs. */
	throwOnError?: boolean;
}

export interface RunNodeResult {
	/** The node's output, one array of items per output. */
	items: INodeExecutionData[][];
	/** The credentials "database" after the run (pass it to the next run to reuse the token). */
	credentialStore: CredentialStore;
	/** How many times a credential's `preAuthentication` (login) ran during this run. */
	preAuthenticationCalls: number;
	/** Everything n8n and the node logged during this run. */
	logs: LogEntry[];
	/** The node's error, when `throwOnError` is false and the node failed. */
	error?: Error;
	/** The whole run as `WorkflowExecute` reports it. */
	run: IRun;
}

/** Keeps the error `execute()` throws: WorkflowExecute only stores a plain copy of it. */
function recordErrorOf(nodeType: INodeType): { error?: Error } {
	const record: { error?: Error } = {};
	const execute = nodeType.execute as ((...args: unknown[]) => Promise<unknown>) | undefined;
	if (execute) {
		nodeType.execute = async function (this: IExecuteFunctions, ...args: unknown[]) {
			try {
				return await execute.apply(this, args);
			} catch (error) {
				record.error = error as Error;
				// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- pass it on unchanged
				throw error;
			}
		} as INodeType['execute'];
	}
	return record;
}

function toError(executionError: ExecutionError): Error {
	const error = new Error(executionError.message);
	return Object.assign(error, executionError);
}

function toWorkflowData(workflow: Workflow): IWorkflowBase {
	return {
		id: workflow.id,
		name: workflow.name ?? 'Harness workflow',
		active: workflow.active,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: Object.values(workflow.nodes),
		connections: workflow.connectionsBySourceNode,
		settings: workflow.settings,
		staticData: workflow.staticData,
	};
}

/**
 * Runs a node's `execute()` the way n8n does: n8n-core's `WorkflowExecute` processes a workflow
 * whose execution stack starts at our node with `inputItems` (what the Manual Trigger before it
 * would emit), so the node gets a real `ExecuteContext`, real parameter resolution, real
 * `httpRequestWithAuthentication` (login, token cache, 401 retry) over real HTTP, and n8n's
 * error handling (On Error settings, paired items). Afterwards it fails with a SecretLeakError if
 * a secret shows in the output, the error or the logs (see secretScan.ts).
 */
export async function runNode(
	NodeClass: NodeClass,
	options: RunNodeOptions = {},
): Promise<RunNodeResult> {
	const setup = createSingleNodeWorkflow(NodeClass, options, { active: false });
	const { workflow, node, nodeType, credentialStore, credentialsHelper, runtime } = setup;
	const secretsBefore = credentialsHelper.secretValues();
	if (options.continueOnFail) node.onError = 'continueRegularOutput';
	const recorded = recordErrorOf(nodeType);

	const mode = options.mode ?? 'manual';
	const executionId = nextExecutionId();
	const hooks = new ExecutionLifecycleHooks(mode, executionId, toWorkflowData(workflow));
	const additionalData = createAdditionalData(setup, executionId, hooks);
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{ node, data: { main: [options.inputItems ?? [{ json: {} }]] }, source: null },
			],
		},
	});

	const logMark = runtime.logger.mark();
	const loginsBefore = credentialStore.countPreAuthentications();
	const run = await new WorkflowExecute(
		additionalData,
		mode,
		runExecutionData,
	).processRunExecutionData(workflow);
	const taskData = run.data.resultData.runData[node.name]?.[0];
	const executionError = run.data.resultData.error;
	const error = executionError ? (recorded.error ?? toError(executionError)) : undefined;
	const items = (taskData?.data?.main ?? []).map((output) => output ?? []);
	const logs = runtime.logger.since(logMark);
	assertNoSecretLeak(knownSecrets([...secretsBefore, ...credentialsHelper.secretValues()]), [
		{ place: 'node output', value: items, json: true },
		{ place: 'error', value: error },
		{ place: 'execution error', value: executionError },
		{ place: 'log', value: logs },
	]);
	if (error && options.throwOnError !== false) throw error;

	return {
		items,
		credentialStore,
		preAuthenticationCalls: credentialStore.countPreAuthentications() - loginsBefore,
		logs,
		error,
		run,
	};
}
