import type { Simulator } from '../sandbox/server';
import { PROJECTS_PATH } from './contenders';
import type { BenchN8n } from './n8n/benchN8n';
import type { N8nJob } from './n8n/benchWorkflows';
import { rawFetchAll } from './rawLoop';

export interface MemoryFigures {
	records: number;
	/** Size of the records' JSON as EXPLORE sends it. */
	jsonBytes: number;
	routes: Array<{ job: N8nJob; idlePeakBytes: number; peakBytes: number }>;
}

/**
 * Peak resident set of the n8n process for one Return All per route, each in a fresh n8n process
 * (VmHWM only grows): read once n8n is ready, and again after the execution is saved.
 */
export async function peakMemory(
	n8n: BenchN8n,
	simulator: Simulator,
	records: number,
	jobs: N8nJob[],
): Promise<MemoryFigures> {
	simulator.configure({ records });
	const { jsonBytes } = await rawFetchAll(simulator.baseUrl, PROJECTS_PATH, 1000);
	const routes: MemoryFigures['routes'] = [];
	for (const job of jobs) {
		await n8n.start();
		try {
			const idlePeakBytes = n8n.peakRssBytes();
			await n8n.run(job);
			routes.push({ job, idlePeakBytes, peakBytes: n8n.peakRssBytes() });
		} finally {
			await n8n.stop();
		}
	}
	return { records, jsonBytes, routes };
}
