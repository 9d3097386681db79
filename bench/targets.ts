import { BENCH_PARALLEL_REQUESTS } from './contenders';
import { ratio, table } from './measure';
import type { MemoryFigures } from './memory';
import type { WorkloadFigures } from './returnAll';
import type { TriggerDayFigures } from './triggerDay';

const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

/** The targets next to what this run measured. */
export function targetsTable(
	rows: WorkloadFigures[],
	memory: MemoryFigures | undefined,
	day: TriggerDayFigures,
): string {
	const largest = rows
		.filter(({ workload }) => workload.simplify && workload.pageSize === 500)
		.sort((a, b) => b.workload.records - a.workload.records)[0];
	const lines: string[][] = [];
	if (largest) {
		const where = `${largest.workload.records} records, page size 500`;
		const raw = largest.ms.raw ?? NaN;
		for (const [name, label] of [
			['inProcess', 'in-process'],
			['n8nExplore', 'in n8n'],
			['n8nExploreParallel', `in n8n, ${BENCH_PARALLEL_REQUESTS} parallel requests`],
		] as const) {
			const value = largest.ms[name];
			if (value === undefined) continue;
			lines.push([
				`EXPLORE node time ≤ 1.3× raw loop (${label}, ${where})`,
				ratio(value, raw),
				verdict(value / raw <= 1.3),
			]);
		}
	}
	lines.push(['logins ≤ 4 per 24 h (trigger)', String(day.logins), verdict(day.logins <= 4)]);
	const diy = memory?.routes.find(({ job }) => job.route === 'diy');
	for (const route of memory?.routes ?? []) {
		if (!diy || route.job.route !== 'explore') continue;
		const share = route.peakBytes / diy.peakBytes;
		lines.push([
			`n8n peak memory ≤ 0.8× DIY (${memory!.records} records, Simplify ${route.job.simplify ? 'on' : 'off'})`,
			ratio(route.peakBytes, diy.peakBytes),
			verdict(share <= 0.8),
		]);
	}
	return table('Targets', ['target', 'measured', ''], lines);
}
