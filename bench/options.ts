/** One Return All configuration: how many records EXPLORE holds and the page size asked for. */
export interface Workload {
	records: number;
	pageSize: number;
	simplify: boolean;
}

export interface BenchOptions {
	quick: boolean;
	runs: number;
	/** false: skip everything that needs the real n8n (BENCH_N8N=0). */
	realN8n: boolean;
	workloads: Workload[];
	/** Return All measured for peak memory, each in a fresh n8n process. */
	memoryRecords: number;
}

export const USAGE = `Usage: npm run bench -- [--quick]
  --quick          a short run: 20 000 records only, one run per figure (about 3 min)
Environment:
  BENCH_RUNS=N     runs per figure, the median is printed (default 3, --quick: 1)
  BENCH_N8N=0      skip the real n8n (in-process figures and the trigger day only)
  EXPLORE_TGZ=...  reuse a packed n8n-nodes-explore tarball instead of building and packing one`;

const withSimplify = (records: number, pageSize: number): Workload => ({
	records,
	pageSize,
	simplify: true,
});

/** Records scaling at page size 500, page-size scaling at 20 000 records, then Simplify off. */
const FULL_WORKLOADS: Workload[] = [
	...[10_000, 20_000, 50_000, 100_000].map((records) => withSimplify(records, 500)),
	...[25, 100, 1000].map((pageSize) => withSimplify(20_000, pageSize)),
	{ records: 20_000, pageSize: 500, simplify: false },
	{ records: 100_000, pageSize: 500, simplify: false },
];

const QUICK_WORKLOADS: Workload[] = [
	withSimplify(20_000, 500),
	withSimplify(20_000, 100),
	{ records: 20_000, pageSize: 500, simplify: false },
];

export function benchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
	const unknown = argv.filter((argument) => argument !== '--quick');
	if (unknown.length > 0) {
		throw new Error(`Unknown argument ${unknown.join(' ')}\n${USAGE}`);
	}
	const quick = argv.includes('--quick');
	const runs = Number(env.BENCH_RUNS ?? (quick ? 1 : 3));
	if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be ≥ 1\n${USAGE}`);
	return {
		quick,
		runs,
		realN8n: env.BENCH_N8N !== '0',
		workloads: quick ? QUICK_WORKLOADS : FULL_WORKLOADS,
		memoryRecords: quick ? 20_000 : 100_000,
	};
}
