import type { Simulator } from '../sandbox/server';
import type { Contender } from './contenders';
import { median } from './measure';
import type { Workload } from './options';

export type ContenderName = Contender['name'];

export interface WorkloadFigures {
	workload: Workload;
	/** Median milliseconds per contender. */
	ms: Partial<Record<ContenderName, number>>;
	/** Median webhook round trip of the runs in the real n8n. */
	roundTripMs: Partial<Record<ContenderName, number>>;
	/** Median time the simulator spent answering the raw loop's requests. */
	simulatorMs: number;
	/** Data requests of one EXPLORE node run. */
	requests: number;
}

/** Throws unless every request of the run succeeded and every page was asked for. */
function checkRequests(simulator: Simulator, workload: Workload, who: string): number {
	const { byStatus, dataRequests } = simulator.stats();
	const failed = Object.keys(byStatus).filter((status) => status !== '200');
	const pages = Math.ceil(workload.records / workload.pageSize);
	if (failed.length > 0 || dataRequests < pages) {
		throw new Error(
			`${who}: ${dataRequests} data requests (expected ≥ ${pages}), statuses ${JSON.stringify(byStatus)}`,
		);
	}
	return dataRequests;
}

const simulatorBusyMs = (simulator: Simulator) =>
	simulator.requests().reduce((sum, entry) => sum + entry.durationMs, 0);

/**
 * Return All of one workload by every contender, interleaved run after run so that whatever else
 * the machine does weighs on all of them alike; medians of `runs`.
 */
export async function measureWorkload(
	simulator: Simulator,
	contenders: Contender[],
	workload: Workload,
	runs: number,
): Promise<WorkloadFigures> {
	simulator.configure({ records: workload.records });
	const samples = new Map<ContenderName, { ms: number[]; roundTripMs: number[] }>();
	const simulatorMs: number[] = [];
	let requests = 0;
	for (let run = 0; run < runs; run++) {
		for (const contender of contenders) {
			simulator.clearRequests();
			const timing = await contender.run(workload);
			const dataRequests = checkRequests(simulator, workload, contender.name);
			if (contender.name === 'raw') simulatorMs.push(simulatorBusyMs(simulator));
			if (contender.name === 'inProcess') requests = dataRequests;
			const sample = samples.get(contender.name) ?? { ms: [], roundTripMs: [] };
			sample.ms.push(timing.ms);
			if (timing.roundTripMs !== undefined) sample.roundTripMs.push(timing.roundTripMs);
			samples.set(contender.name, sample);
		}
	}
	const figures: WorkloadFigures = {
		workload,
		ms: {},
		roundTripMs: {},
		simulatorMs: median(simulatorMs),
		requests,
	};
	for (const [name, sample] of samples) {
		figures.ms[name] = median(sample.ms);
		if (sample.roundTripMs.length > 0) figures.roundTripMs[name] = median(sample.roundTripMs);
	}
	return figures;
}
