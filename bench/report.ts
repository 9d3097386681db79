import { BENCH_PARALLEL_REQUESTS } from './contenders';
import { ms, ratio, table } from './measure';
import type { MemoryFigures } from './memory';
import type { TriggerDayFigures } from './triggerDay';
import type { ContenderName, WorkloadFigures } from './returnAll';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const thousands = (value: number) => value.toLocaleString('en-US').replace(/,/g, ' ');

/** "2 104 ms · 2.10×": a time and its ratio to the raw loop, or "–" when not measured. */
function timeAndRatio(figures: WorkloadFigures, name: ContenderName): string {
	const value = figures.ms[name];
	const raw = figures.ms.raw;
	if (value === undefined || raw === undefined) return '–';
	return `${ms(value)} · ${ratio(value, raw)}`;
}

/** The first columns of every Return All table: which workload the row is. */
const WORKLOAD_HEADER = ['records', 'page size', 'Simplify'];

function workloadCells({ workload }: WorkloadFigures): Array<string | number> {
	return [thousands(workload.records), workload.pageSize, workload.simplify ? 'on' : 'off'];
}

export function returnAllTable(rows: WorkloadFigures[], runs: number): string {
	return table(
		`Return All of flagged projects: median of ${runs} run(s), "× raw" = time / raw loop`,
		[
			...WORKLOAD_HEADER,
			'requests',
			'raw loop (limit)',
			'of which simulator',
			'EXPLORE node in-process',
			'EXPLORE node in n8n',
			`EXPLORE node in n8n, ${BENCH_PARALLEL_REQUESTS} parallel requests`,
			'DIY HTTP Request in n8n',
			'DIY / EXPLORE in n8n',
		],
		rows.map((figures) => {
			const { n8nExplore, n8nDiy } = figures.ms;
			return [
				...workloadCells(figures),
				figures.requests,
				ms(figures.ms.raw ?? NaN),
				ms(figures.simulatorMs),
				timeAndRatio(figures, 'inProcess'),
				timeAndRatio(figures, 'n8nExplore'),
				timeAndRatio(figures, 'n8nExploreParallel'),
				timeAndRatio(figures, 'n8nDiy'),
				n8nExplore && n8nDiy ? ratio(n8nDiy, n8nExplore) : '–',
			];
		}),
	);
}

/** Execution time (what n8n's execution list shows) next to the whole webhook call. */
export function n8nTimingTable(rows: WorkloadFigures[]): string {
	return table(
		'In n8n: execution time (startedAt → stoppedAt) vs the whole webhook call (+ webhook handling, saving the run)',
		[
			...WORKLOAD_HEADER,
			'EXPLORE execution',
			'EXPLORE call',
			'DIY execution',
			'DIY call',
			'EXPLORE records/s',
		],
		rows.map((figures) => {
			const explore = figures.ms.n8nExplore ?? NaN;
			return [
				...workloadCells(figures),
				ms(explore),
				ms(figures.roundTripMs.n8nExplore ?? NaN),
				ms(figures.ms.n8nDiy ?? NaN),
				ms(figures.roundTripMs.n8nDiy ?? NaN),
				thousands(Math.round((figures.workload.records / explore) * 1000)),
			];
		}),
	);
}

export function memoryTable(memory: MemoryFigures): string {
	const diy = memory.routes.find(({ job }) => job.route === 'diy');
	return table(
		`Peak RSS of the n8n process (VmHWM), Return All of ${thousands(memory.records)} projects, page size 500, a fresh n8n per row; the records' JSON: ${mb(memory.jsonBytes)}`,
		[
			'route',
			'peak RSS',
			'n8n ready (idle peak)',
			'peak − idle',
			'(peak − idle) / JSON size',
			'peak / DIY peak',
		],
		memory.routes.map(({ job, idlePeakBytes, peakBytes }) => [
			job.route === 'diy'
				? 'DIY HTTP Request + Split Out'
				: `EXPLORE node, Simplify ${job.simplify ? 'on' : 'off'}`,
			mb(peakBytes),
			mb(idlePeakBytes),
			mb(peakBytes - idlePeakBytes),
			ratio(peakBytes - idlePeakBytes, memory.jsonBytes),
			diy ? ratio(peakBytes, diy.peakBytes) : '–',
		]),
	);
}

export function triggerDayTable(day: TriggerDayFigures): string {
	return table(
		'EXPLORE Trigger: one day of 1-minute polls (simulated clock, 6 h tokens)',
		['figure', 'value', 'target'],
		[
			['polls', day.polls, ''],
			['logins in 24 h', day.logins, '≤ 4 (a naive client: 1 440)'],
			['requests per idle poll', day.requestsPerIdlePoll, '1'],
			['time per idle poll', ms(day.idlePollMs), ''],
			[`time per poll with ${day.busyPollRecords} new flags`, ms(day.busyPollMs), ''],
		],
	);
}
