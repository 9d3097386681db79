// Reading the queue scenarios' executions back through n8n's REST API.
import type { N8nRestClient } from '../lib';

export interface ExecutionOutput {
	id: string;
	status: string;
	mode: string;
	durationMs: number;
	/** `id` of every item the node output. */
	ids: string[];
}

/** Every execution of a workflow (newest first) with the ids one node output in it. */
export async function executionOutputs(
	api: N8nRestClient,
	workflowId: string,
	nodeName: string,
): Promise<ExecutionOutput[]> {
	const summaries = await api.listExecutions(workflowId);
	return Promise.all(
		summaries.map(async (summary) => {
			const execution = await api.getExecution(summary.id);
			const items = nodeOutput(execution.data, nodeName);
			return {
				id: summary.id,
				status: summary.status,
				mode: summary.mode,
				durationMs: Date.parse(summary.stoppedAt ?? '') - Date.parse(summary.startedAt ?? ''),
				ids: items.map((item) => String(item.json.id)),
			};
		}),
	);
}

/** Starts `count` requests at the same moment; fails if any is refused. */
export async function startedTogether(
	count: number,
	start: () => Promise<Response>,
): Promise<void> {
	const responses = await Promise.all(Array.from({ length: count }, start));
	const refused = responses.filter((response) => !response.ok);
	if (refused.length > 0)
		throw new Error(`${refused.length} of ${count} webhook calls refused: HTTP ${refused[0].status}`);
}

type Item = { json: { id: unknown } };
type Outputs = { main?: Item[][] };

/** The part of n8n's stored run data read here. */
interface RunData {
	resultData?: { runData?: Record<string, Array<{ data?: Outputs }>> };
	executionData?: { nodeExecutionStack?: Array<{ node?: { name?: string }; data?: Outputs }> };
}

/**
 * A node's output items. In queue mode a trigger's items wait in the execution stack until a
 * worker runs them: they are read there when a worker died before its progress was saved.
 */
function nodeOutput(data: RunData | undefined, nodeName: string): Item[] {
	const runs = data?.resultData?.runData?.[nodeName] ?? [];
	if (runs.length > 0) return runs.flatMap((run) => run.data?.main?.[0] ?? []);
	const waiting = data?.executionData?.nodeExecutionStack ?? [];
	return waiting
		.filter((entry) => entry.node?.name === nodeName)
		.flatMap((entry) => entry.data?.main?.[0] ?? []);
}
