import type { WorkflowJson } from '../../e2e/lib';
import type { Simulator } from '../../sandbox/server';
import { fillWorkflow } from '../workflows/templates';

/** What one execution in the real n8n does: the EXPLORE node, or the hand-built HTTP Request route. */
export type N8nJob =
	| { route: 'explore'; pageSize: number; simplify: boolean; parallelRequests?: number }
	| { route: 'diy'; pageSize: number };

export const BENCH_CREDENTIAL = { id: 'BenchExploreCred', name: 'EXPLORE (bench simulator)' };

const EXPLORE_WORKFLOW_ID = 'BenchExploreNode';

/** The DIY workflow is built as a user would: its page size is a literal, one workflow per size. */
const diyWorkflowId = (pageSize: number) => `BenchDiy${String(pageSize).padStart(8, '0')}`;

/** The webhook that starts a job's workflow, with the job's settings as query parameters. */
export function webhookOf(job: N8nJob): { workflowId: string; path: string } {
	if (job.route === 'explore') {
		const query = `pageSize=${job.pageSize}&simplify=${job.simplify}&parallelRequests=${job.parallelRequests ?? 1}`;
		return { workflowId: EXPLORE_WORKFLOW_ID, path: `bench-explore?${query}` };
	}
	return { workflowId: diyWorkflowId(job.pageSize), path: `bench-diy-${job.pageSize}` };
}

/** Every workflow the bench runs: the EXPLORE node's, and the DIY one for each page size. */
export function benchWorkflows(simulator: Simulator, diyPageSizes: number[]): WorkflowJson[] {
	const { clientKey, secretKey } = simulator.config();
	const explore = fillWorkflow('explore-node.json', {
		WEBHOOK_ID: '6d1c2a58-7a7e-4f0e-8d55-0e0000000001',
		WEBHOOK_PATH: 'bench-explore',
		CREDENTIAL_ID: BENCH_CREDENTIAL.id,
	});
	const diy = diyPageSizes.map((pageSize) =>
		fillWorkflow('diy-http-request.json', {
			WEBHOOK_ID: `6d1c2a58-7a7e-4f0e-8d55-${String(pageSize).padStart(12, '0')}`,
			WEBHOOK_PATH: `bench-diy-${pageSize}`,
			BASE_URL: simulator.baseUrl,
			CLIENT_KEY: clientKey,
			SECRET_KEY: secretKey,
			PAGE_SIZE: pageSize,
		}),
	);
	return [
		{ ...explore, id: EXPLORE_WORKFLOW_ID },
		...diy.map((workflow, i) => ({ ...workflow, id: diyWorkflowId(diyPageSizes[i]) })),
	];
}
