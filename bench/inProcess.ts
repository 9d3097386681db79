import { Explore } from '../nodes/Explore/Explore.node';
import type { Simulator } from '../sandbox/server';
import { CredentialStore, runNode } from '../test/harness';

export interface InProcessRun {
	records: number;
	/** startedAt → stoppedAt of the run, as in n8n: the test harness's own checks are left out. */
	executionMs: number;
}

/**
 * Return All of the flagged projects through the EXPLORE node's `execute()` in this process
 * (n8n-core's WorkflowExecute, no n8n server): our code plus n8n's request helper, nothing else.
 */
export async function nodeReturnAll(
	simulator: Simulator,
	pageSize: number,
	simplify = true,
): Promise<InProcessRun> {
	const { clientKey, secretKey } = simulator.config();
	const { items, run } = await runNode(Explore, {
		parameters: {
			resource: 'project',
			operation: 'getAll',
			returnAll: true,
			simplify,
			options: { pageSize },
		},
		credentials: new CredentialStore().set('exploreApi', {
			authentication: 'token',
			clientKey,
			secretKey,
			baseUrl: simulator.baseUrl,
			accessToken: '',
		}),
	});
	return {
		records: items[0].length,
		executionMs: (run.stoppedAt ?? new Date()).getTime() - run.startedAt.getTime(),
	};
}
