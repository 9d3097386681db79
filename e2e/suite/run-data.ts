// What the n8n run says beyond the items' json.
import { WorkflowRun } from '../lib';

/** For each item a node emitted (main output 0, last run), the index of the input item it came from. */
export function pairedInputIndexes(run: WorkflowRun | undefined, nodeName: string): number[] {
	const runs = run?.data.resultData.runData[nodeName];
	if (!runs?.length) throw new Error(`Node "${nodeName}" did not run`);
	const items = (runs[runs.length - 1].data?.main?.[0] ?? []) as Array<{ pairedItem?: unknown }>;
	return items.map(({ pairedItem }) => {
		const paired = Array.isArray(pairedItem) ? pairedItem[0] : pairedItem;
		return typeof paired === 'number' ? paired : (paired as { item: number }).item;
	});
}
