// Prints every finished execution of the watched workflows, read over n8n's REST API.
import { EXPLORE_TRIGGER_TYPE } from '../lib';
import type { N8nRestClient, WorkflowJson } from '../lib';
import { event, warn } from './console-output';
import { nodeNameOfType } from './demo-workflows';
import { repeat } from './repeat';

export interface WatchedWorkflow {
	id: string;
	workflow: WorkflowJson;
	/** What trigger items are, singular and plural, e.g. ["project", "projects"]. */
	itemNouns: [string, string];
}

const UNFINISHED = ['new', 'running', 'waiting'];

export function startExecutionWatcher(api: N8nRestClient, watched: WatchedWorkflow[]): () => void {
	const seen = new Set<string>();
	let failing = false;
	return repeat(2000, async () => {
		try {
			for (const { id, workflow, itemNouns } of watched) {
				const executions = await api.listExecutions(id);
				for (const execution of [...executions].reverse()) {
					if (seen.has(execution.id) || UNFINISHED.includes(execution.status)) continue;
					seen.add(execution.id);
					const details = await api.getExecution(execution.id);
					const trigger = nodeNameOfType(workflow, EXPLORE_TRIGGER_TYPE);
					const items = details.data?.resultData?.runData?.[trigger]?.[0]?.data?.main?.[0] ?? [];
					const error = details.data?.resultData?.error?.message;
					event(
						'n8n',
						`execution ${execution.id} of "${workflow.name}": ${execution.status}, ` +
							`${items.length} new ${itemNouns[items.length === 1 ? 0 : 1]}` +
							(error ? ` — ${error}` : ''),
					);
				}
			}
			failing = false;
		} catch (error) {
			if (!failing)
				warn(`cannot read n8n's executions: ${(error as Error).message.split('\n')[0]}`);
			failing = true;
		}
	});
}
