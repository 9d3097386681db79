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
			const runs = execution.data?.resultData?.runData?.[nodeName] ?? [];
			const items: Array<{ json: { id: unknown } }> = runs.flatMap(
				(run: any) => run.data?.main?.[0] ?? [],
			);
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
