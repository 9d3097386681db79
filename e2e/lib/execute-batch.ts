/* eslint-disable */
// Runs many workflows in one n8n process (`n8n execute-batch`): one boot instead of one per run.
import * as fs from 'fs';
import * as path from 'path';
import { N8nCommandError, N8nContext, runN8n } from './n8n-cli';
import { CommandResult } from './run-command';
import { scratchDir } from './user-folder';
import { WorkflowRun, newN8nId, nodeItems } from './workflows';

/** One workflow's outcome in a batch. */
export interface BatchExecution {
	workflowId: string;
	/** n8n's verdict: 'success', 'error', or 'warning' (an error n8n deems transient). */
	status: string;
	ok: boolean;
	/** n8n's error summary for a failed run ("<message> on node <name>"). */
	error?: string;
	/** The run (n8n saves it for successful runs only). */
	run?: WorkflowRun;
	/** `json` of the items a node emitted on an output (default 0) in its last run. */
	nodeOutput(nodeName: string, outputIndex?: number): any[];
}

export interface BatchResult {
	executions: Record<string, BatchExecution>;
	command: CommandResult;
}

export interface BatchOptions {
	timeoutMs?: number;
	env?: Record<string, string>;
}

interface BatchSummary {
	executions: Array<{ workflowId: string; executionStatus: string; error?: string }>;
}

/**
 * Executes the workflows one after the other in a single `n8n execute-batch` (each needs a Manual
 * Trigger as start node; ids must contain a digit) and returns every run, by workflow id.
 * A failed workflow does not stop the others; check `ok` / `error`.
 */
export async function executeWorkflows(
	context: N8nContext,
	workflowIds: string[],
	options: BatchOptions = {},
): Promise<BatchResult> {
	const invalid = workflowIds.filter((id) => !/\d/.test(id) || id.includes(','));
	if (invalid.length > 0) {
		throw new Error(
			`execute-batch only takes ids with a digit and no comma: ${invalid.join(', ')}`,
		);
	}
	const folder = path.join(scratchDir(context.userFolder), `batch-${newN8nId()}`);
	const snapshots = path.join(folder, 'snapshots');
	fs.mkdirSync(snapshots, { recursive: true });
	const summaryFile = path.join(folder, 'summary.json');
	const command = await runN8n(
		context,
		[
			'execute-batch',
			`--ids=${workflowIds.join(',')}`,
			`--snapshot=${snapshots}`,
			`--output=${summaryFile}`,
		],
		{ allowFailure: true, timeoutMs: options.timeoutMs ?? 10 * 60_000, env: options.env },
	);
	if (!fs.existsSync(summaryFile)) {
		throw new N8nCommandError('n8n execute-batch wrote no summary', command);
	}
	const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8')) as BatchSummary;
	const executions: Record<string, BatchExecution> = {};
	for (const workflowId of workflowIds) {
		const entry = summary.executions.find((execution) => execution.workflowId === workflowId);
		const snapshot = path.join(snapshots, `${workflowId}-snapshot.json`);
		const run = fs.existsSync(snapshot)
			? (JSON.parse(fs.readFileSync(snapshot, 'utf8')) as WorkflowRun)
			: undefined;
		const status = entry?.executionStatus ?? 'not run';
		executions[workflowId] = {
			workflowId,
			status,
			ok: status === 'success' && run !== undefined,
			error: entry?.error,
			run,
			nodeOutput: (nodeName, outputIndex = 0) => {
				if (!run) {
					throw new Error(
						`Workflow ${workflowId} has no saved run (${status}${entry?.error ? `: ${entry.error}` : ''})`,
					);
				}
				return nodeItems(run, nodeName, outputIndex);
			},
		};
	}
	return { executions, command };
}
