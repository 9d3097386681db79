/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a benchmark script run by Node, never shipped */
import type { Simulator } from '../sandbox/server';
import { nodeReturnAll } from './inProcess';
import type { BenchN8n } from './n8n/benchN8n';
import type { N8nJob } from './n8n/benchWorkflows';
import type { Workload } from './options';
import { rawFetchAll } from './rawLoop';

export const PROJECTS_PATH = 'CRMAlertes/Projets';
/** The EXPLORE node's Parallel Requests in the extra contender (the default is 1). */
export const BENCH_PARALLEL_REQUESTS = 3;

/** One way of doing Return All; `run` resolves with the time it took, in milliseconds. */
export interface Contender {
	name: 'raw' | 'inProcess' | 'n8nExplore' | 'n8nExploreParallel' | 'n8nDiy';
	run: (workload: Workload) => Promise<ContenderTiming>;
}

export interface ContenderTiming {
	ms: number;
	/** The whole webhook call, for runs in the real n8n. */
	roundTripMs?: number;
}

function checkCount(count: number, expected: number, what: string): void {
	if (count !== expected)
		throw new Error(`${what} returned ${count} records, expected ${expected}`);
}

/** The contenders, side by side: the limit, our node in-process, and the real n8n's two routes. */
export function contenders(simulator: Simulator, n8n: BenchN8n | undefined): Contender[] {
	const inN8n = (job: (workload: Workload) => N8nJob) => async (workload: Workload) => {
		const timing = await n8n!.run(job(workload));
		return { ms: timing.executionMs, roundTripMs: timing.roundTripMs };
	};
	const all: Contender[] = [
		{
			name: 'raw',
			run: async ({ records, pageSize }) => {
				const start = process.hrtime.bigint();
				const fetched = await rawFetchAll(simulator.baseUrl, PROJECTS_PATH, pageSize);
				const ms = Number(process.hrtime.bigint() - start) / 1e6;
				checkCount(fetched.records, records, 'raw loop');
				return { ms };
			},
		},
		{
			name: 'inProcess',
			run: async ({ records, pageSize, simplify }) => {
				const run = await nodeReturnAll(simulator, pageSize, simplify);
				checkCount(run.records, records, 'node in-process');
				return { ms: run.executionMs };
			},
		},
		{
			name: 'n8nExplore',
			run: inN8n(({ pageSize, simplify }) => ({ route: 'explore', pageSize, simplify })),
		},
		{
			name: 'n8nExploreParallel',
			run: inN8n(({ pageSize, simplify }) => ({
				route: 'explore',
				pageSize,
				simplify,
				parallelRequests: BENCH_PARALLEL_REQUESTS,
			})),
		},
		{ name: 'n8nDiy', run: inN8n(({ pageSize }) => ({ route: 'diy', pageSize })) },
	];
	return n8n ? all : all.slice(0, 2);
}
