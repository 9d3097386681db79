/* eslint-disable no-console, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- a benchmark script that prints its tables */
import * as os from 'os';

import { lineDefinition } from '../e2e/lib';
import { startSimulator } from '../sandbox/server';
import type { Simulator } from '../sandbox/server';
import { contenders } from './contenders';
import { peakMemory } from './memory';
import type { MemoryFigures } from './memory';
import { BenchN8n } from './n8n/benchN8n';
import type { N8nJob } from './n8n/benchWorkflows';
import { USAGE, benchOptions } from './options';
import type { BenchOptions } from './options';
import { memoryTable, n8nTimingTable, returnAllTable, triggerDayTable } from './report';
import { measureWorkload } from './returnAll';
import type { WorkloadFigures } from './returnAll';
import { benchTarball } from './tarball';
import { targetsTable } from './targets';
import { triggerDay } from './triggerDay';

const WARM_UP = { records: 10_000, pageSize: 500, simplify: true };

const MEMORY_JOBS: N8nJob[] = [
	{ route: 'explore', pageSize: 500, simplify: true },
	{ route: 'explore', pageSize: 500, simplify: false },
	{ route: 'diy', pageSize: 500 },
];

function describeMachine(options: BenchOptions): string {
	const n8n = lineDefinition('2');
	return [
		`EXPLORE benchmarks${options.quick ? ' (--quick)' : ''}: median of ${options.runs} run(s) per figure`,
		`Machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, bench on Node ${process.version}`,
		options.realN8n
			? `Real n8n: ${n8n.n8nVersion} on Node ${n8n.nodeVersion}, started once, executions started by webhook`
			: 'Real n8n: skipped (BENCH_N8N=0)',
		'Simulator: in this process, 127.0.0.1; its time is inside every figure (but partly hidden by parallel requests)',
	].join('\n');
}

/** Every Return All workload, side by side, then the peak memory runs (a fresh n8n each). */
async function returnAllFigures(
	options: BenchOptions,
	simulator: Simulator,
	n8n: BenchN8n | undefined,
): Promise<{ rows: WorkloadFigures[]; memory?: MemoryFigures }> {
	const racers = contenders(simulator, n8n);
	await n8n?.start();
	await measureWorkload(simulator, racers, WARM_UP, 1);
	const rows: WorkloadFigures[] = [];
	for (const workload of options.workloads) {
		const started = Date.now();
		rows.push(await measureWorkload(simulator, racers, workload, options.runs));
		console.error(
			`measured ${workload.records} records, page size ${workload.pageSize}, Simplify ${workload.simplify ? 'on' : 'off'} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
		);
	}
	await n8n?.stop();
	const memory = n8n
		? await peakMemory(n8n, simulator, options.memoryRecords, MEMORY_JOBS)
		: undefined;
	return { rows, memory };
}

async function main() {
	if (process.argv.includes('--help')) return console.log(USAGE);
	const options = benchOptions(process.argv.slice(2), process.env);
	console.log(describeMachine(options));
	const simulator = await startSimulator({ records: WARM_UP.records, maxPageSize: 1000 });
	const packed = options.realN8n ? await benchTarball() : undefined;
	const diyPageSizes = [...new Set(options.workloads.map(({ pageSize }) => pageSize))];
	let figures: Awaited<ReturnType<typeof returnAllFigures>>;
	try {
		const n8n = packed ? await BenchN8n.open(packed.tarball, simulator, diyPageSizes) : undefined;
		try {
			figures = await returnAllFigures(options, simulator, n8n);
		} finally {
			await n8n?.close();
		}
	} finally {
		packed?.remove();
		await simulator.stop();
	}
	const { rows, memory } = figures;
	console.log(returnAllTable(rows, options.runs));
	if (options.realN8n) console.log(n8nTimingTable(rows));
	if (memory) console.log(memoryTable(memory));
	const daySimulator = await startSimulator({ records: 1000 });
	const day = await triggerDay(daySimulator).finally(() => daySimulator.stop());
	console.log(triggerDayTable(day));
	console.log(targetsTable(rows, memory, day));
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
