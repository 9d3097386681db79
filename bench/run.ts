/* eslint-disable no-console, @n8n/community-nodes/no-restricted-globals -- a benchmark script that prints its table */
import { Explore } from '../nodes/Explore/Explore.node';
import { startSimulator } from '../sandbox/server';
import type { Simulator } from '../sandbox/server';
import { CredentialStore, runNode } from '../test/harness';
import { medianMs, ms, ratio, table } from './measure';
import { rawFetchAll } from './rawLoop';
import { triggerDay } from './triggerDay';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_RECORDS ?? '20000,100000').split(',').map(Number);

async function nodeReturnAll(simulator: Simulator, pageSize: number): Promise<number> {
	const { clientKey, secretKey } = simulator.config();
	const { items } = await runNode(Explore, {
		parameters: {
			resource: 'project',
			operation: 'getAll',
			returnAll: true,
			options: { pageSize },
		},
		credentials: new CredentialStore().set('exploreApi', {
			authentication: 'token',
			clientKey,
			secretKey,
			baseUrl: simulator.baseUrl,
			accessToken: '',
		}),
	});
	return items[0].length;
}

async function main() {
	console.log(
		`EXPLORE benchmarks — median of ${RUNS} runs, Node ${process.version}, simulator on 127.0.0.1`,
	);
	const rows: Array<Array<string | number>> = [];
	for (const records of SIZES) {
		const simulator = await startSimulator({ records, maxPageSize: 1000 });
		try {
			await rawFetchAll(simulator.baseUrl, 'CRMAlertes/Projets', 100); // warm-up
			const raw = await medianMs(RUNS, () =>
				rawFetchAll(simulator.baseUrl, 'CRMAlertes/Projets', 100),
			);
			const node = await medianMs(RUNS, () => nodeReturnAll(simulator, 100));
			rows.push([records, 100, ms(raw), ms(node), ratio(node, raw)]);
		} finally {
			await simulator.stop();
		}
	}
	console.log(
		table(
			'Return All, page size 100: raw undici loop (the limit) vs the EXPLORE node in-process (n8n-core WorkflowExecute)',
			['records', 'page size', 'raw loop', 'EXPLORE node', 'node / raw'],
			rows,
		),
	);

	const scaling = await startSimulator({ records: SIZES[0], maxPageSize: 1000 });
	try {
		const pageRows: Array<Array<string | number>> = [];
		for (const pageSize of [25, 100, 500, 1000]) {
			const raw = await medianMs(RUNS, () =>
				rawFetchAll(scaling.baseUrl, 'CRMAlertes/Projets', pageSize),
			);
			const node = await medianMs(RUNS, () => nodeReturnAll(scaling, pageSize));
			pageRows.push([
				pageSize,
				Math.ceil(SIZES[0] / pageSize) + 1,
				ms(raw),
				ms(node),
				ratio(node, raw),
				`${((SIZES[0] / node) * 1000).toFixed(0)} rec/s`,
			]);
		}
		console.log(
			table(
				`Page size scaling (${SIZES[0]} records)`,
				['page size', 'requests', 'raw loop', 'EXPLORE node', 'node / raw', 'node throughput'],
				pageRows,
			),
		);
	} finally {
		await scaling.stop();
	}

	const daySimulator = await startSimulator({ records: 1000 });
	try {
		const day = await triggerDay(daySimulator);
		console.log(
			table(
				'EXPLORE Trigger: one day of 1-minute polls (simulated clock, 6 h tokens)',
				['figure', 'value', 'target'],
				[
					['polls', day.polls, ''],
					['logins in 24 h', day.logins, '≤ 4 (a naive client: 1 440)'],
					['requests per idle poll', day.requestsPerIdlePoll, '1'],
					['time per idle poll', ms(day.idlePollMs), ''],
					[`time per poll with ${day.busyPollRecords} new flags`, ms(day.busyPollMs), ''],
				],
			),
		);
	} finally {
		await daySimulator.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
