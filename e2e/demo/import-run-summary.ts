// Runs "Import flagged projects" once with `n8n execute` and sums up what came out.
import { EXPLORE_NODE_TYPE } from '../lib';
import type { N8nSession, WorkflowJson } from '../lib';
import type { Simulator } from '../../sandbox/server';
import { detail } from './console-output';
import { nodeNameOfType } from './demo-workflows';

interface SimplifiedProject {
	id: string;
	title: string | null;
	city: string | null;
	postalCode: string | null;
}

export async function runImportAndSummarize(
	session: N8nSession,
	workflowId: string,
	workflow: WorkflowJson,
	simulator: Simulator,
): Promise<void> {
	const run = await session.executeWorkflow(workflowId);
	const projects = run.nodeOutput(
		nodeNameOfType(workflow, EXPLORE_NODE_TYPE),
	) as SimplifiedProject[];
	detail(`"${workflow.name}" returned ${projects.length} projects, for example:`);
	for (const project of projects.slice(0, 3)) {
		detail(`  • ${project.title} — ${project.city} (${project.postalCode}), id ${project.id}`);
	}
	const stats = simulator.stats();
	detail(
		`the simulator saw ${stats.logins} login(s) and ${stats.dataRequests} data request(s) (pages of 100)`,
	);
}
