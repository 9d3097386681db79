/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a benchmark script run by Node, never shipped */
import type { ExecutionSummary, N8nRestClient } from '../../e2e/lib';

const FINISHED = ['success', 'error', 'crashed', 'canceled'];

/**
 * The workflow's first execution newer than `previousId`, once n8n has saved it as finished.
 * Throws unless it succeeded.
 */
export async function finishedExecution(
	api: N8nRestClient,
	workflowId: string,
	previousId: string | undefined,
	timeoutMs = 120_000,
): Promise<ExecutionSummary> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const newest = (await api.listExecutions(workflowId))[0];
		if (newest && newest.id !== previousId && FINISHED.includes(newest.status)) {
			if (newest.status !== 'success') {
				throw new Error(
					`Execution ${newest.id} of ${workflowId} ended with status ${newest.status}`,
				);
			}
			return newest;
		}
		if (Date.now() > deadline) {
			throw new Error(`No finished execution of ${workflowId} after ${timeoutMs} ms`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}
