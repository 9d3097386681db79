import { Explore } from '../../nodes/Explore/Explore.node';
import { EXPLORE_ENDPOINTS } from '../../nodes/Explore/endpoints';
import { runNode } from '../harness';
import { jsonOf, simulatorCredentials, useSimulator } from './exploreEnv';

const simulator = useSimulator({ records: 3000 });

const run = (parameters: object, credentials = simulatorCredentials(simulator())) =>
	runNode(Explore, { parameters: parameters as never, credentials });

describe('EXPLORE node against the simulator', () => {
	beforeEach(() => {
		simulator().clearFaults();
		simulator().clearRequests();
	});

	it.each(EXPLORE_ENDPOINTS.map((e) => [e.resource, e.operation, e] as const))(
		'%s / %s returns simplified records',
		async (resource, operation, endpoint) => {
			const { items } = await run({ resource, operation, returnAll: false, limit: 5 });
			const records = jsonOf(items);
			expect(records).toHaveLength(5);
			if (endpoint.recordKind === 'emailAlert') {
				expect(records[0]).toEqual(
					expect.objectContaining({ alertId: expect.any(String), projects: expect.any(Array) }),
				);
			} else {
				expect(records[0]).toEqual(
					expect.objectContaining({
						id: expect.any(String),
						source: endpoint.source,
						flaggedBy: expect.stringContaining('@'),
					}),
				);
			}
			expect(items[0].every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		},
	);

	it.each(
		EXPLORE_ENDPOINTS.filter((e) => e.recordKind !== 'emailAlert').map((e) => [e.path, e] as const),
	)('%s raw records keep the API naming', async (_path, endpoint) => {
		const { items } = await run({
			resource: endpoint.resource,
			operation: endpoint.operation,
			returnAll: false,
			limit: 2,
			simplify: false,
		});
		expect(jsonOf(items)[0]).toHaveProperty(endpoint.idField);
	});

	it('Return All fetches every record once, page after page', async () => {
		const { items } = await run({
			resource: 'project',
			operation: 'getAll',
			returnAll: true,
			options: { pageSize: 250 },
		});
		const ids = jsonOf(items).map((record) => record.id);
		expect(ids).toHaveLength(3000);
		expect(new Set(ids).size).toBe(3000);
		const dataRequests = simulator()
			.requests()
			.filter((entry) => !entry.login);
		expect(dataRequests).toHaveLength(12 + 1);
	});

	it('Limit stops asking as soon as it has enough', async () => {
		await run({
			resource: 'company',
			operation: 'getAll',
			returnAll: false,
			limit: 120,
			options: { pageSize: 100 },
		});
		expect(
			simulator()
				.requests()
				.filter((entry) => !entry.login),
		).toHaveLength(2);
	});

	it('gets everything when the server caps Max below the page size', async () => {
		simulator().configure({ maxPageSize: 70 });
		try {
			const { items } = await run({
				resource: 'project',
				operation: 'getAllBatipulse',
				returnAll: true,
				options: { pageSize: 500 },
			});
			expect(new Set(jsonOf(items).map((r) => r.id)).size).toBe(3000);
		} finally {
			simulator().configure({ maxPageSize: 1000 });
		}
	});

	it('filters by date range and collaborator', async () => {
		const { items: all } = await run({
			resource: 'project',
			operation: 'getAll',
			returnAll: false,
			limit: 3000,
			options: { pageSize: 1000 },
		});
		const someone = jsonOf(all)[0].flaggedBy as string;
		const from = jsonOf(all)[1000].flaggedAt as string;
		const to = jsonOf(all)[2000].flaggedAt as string;
		const { items } = await run({
			resource: 'project',
			operation: 'getAll',
			returnAll: true,
			filters: { dateFrom: from, dateTo: to, emails: someone.toUpperCase() },
		});
		const records = jsonOf(items);
		expect(records.length).toBeGreaterThan(0);
		for (const record of records) {
			expect(record.flaggedBy).toBe(someone);
			expect(Date.parse(record.flaggedAt as string)).toBeGreaterThanOrEqual(Date.parse(from));
			expect(Date.parse(record.flaggedAt as string)).toBeLessThanOrEqual(Date.parse(to));
		}
		const expected = jsonOf(all).filter(
			(r) =>
				r.flaggedBy === someone &&
				Date.parse(r.flaggedAt as string) >= Date.parse(from) &&
				Date.parse(r.flaggedAt as string) <= Date.parse(to),
		);
		expect(records.map((r) => r.id)).toEqual(expected.map((r) => r.id));
	});

	it('works with the legacy signed mode, without any login', async () => {
		const credentials = simulatorCredentials(simulator(), { authentication: 'signature' });
		const { items } = await run(
			{ resource: 'company', operation: 'getAllBatipulse', returnAll: false, limit: 3 },
			credentials,
		);
		expect(jsonOf(items)).toHaveLength(3);
		expect(
			simulator()
				.requests()
				.filter((entry) => entry.login),
		).toHaveLength(0);
	});

	it('logs in once and reuses the cached token on the next execution', async () => {
		const first = await run({
			resource: 'project',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
		});
		expect(first.preAuthenticationCalls).toBe(1);
		const second = await runNode(Explore, {
			parameters: { resource: 'project', operation: 'getAll', returnAll: false, limit: 1 } as never,
			credentials: first.credentialStore,
		});
		expect(second.preAuthenticationCalls).toBe(0);
		expect(
			simulator()
				.requests()
				.filter((entry) => entry.login),
		).toHaveLength(1);
	});

	it('renews a revoked token once and returns the complete result', async () => {
		const first = await run({
			resource: 'project',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
		});
		simulator().revokeTokens();
		const { items, preAuthenticationCalls } = await runNode(Explore, {
			parameters: {
				resource: 'project',
				operation: 'getAll',
				returnAll: true,
				options: { pageSize: 500 },
			} as never,
			credentials: first.credentialStore,
		});
		expect(preAuthenticationCalls).toBe(1);
		expect(new Set(jsonOf(items).map((r) => r.id)).size).toBe(3000);
	});

	it('runs once per input item, with expressions, each output paired with its input', async () => {
		const { items } = await runNode(Explore, {
			parameters: {
				resource: 'project',
				operation: 'getAll',
				returnAll: false,
				limit: '={{ $json.howMany }}',
			} as never,
			credentials: simulatorCredentials(simulator()),
			inputItems: [{ json: { howMany: 2 } }, { json: { howMany: 3 } }],
		});
		expect(items[0].map((item) => (item.pairedItem as { item: number }).item)).toEqual([
			0, 0, 1, 1, 1,
		]);
	});

	it('refuses Date From after Date To before calling EXPLORE', async () => {
		await expect(
			run({
				resource: 'project',
				operation: 'getAll',
				returnAll: true,
				filters: { dateFrom: '2026-02-01', dateTo: '2026-01-01' },
			}),
		).rejects.toThrow('Date From is after Date To');
		expect(simulator().requests()).toHaveLength(0);
	});

	it('gives one error item per failed input item with Continue On Fail', async () => {
		const { items } = await runNode(Explore, {
			parameters: {
				resource: 'project',
				operation: 'getAll',
				returnAll: false,
				limit: 1,
				filters: { emails: '={{ $json.who }}' },
			} as never,
			credentials: simulatorCredentials(simulator()),
			inputItems: [{ json: { who: 'not-an-address' } }, { json: { who: '' } }],
			continueOnFail: true,
		});
		expect(items[0]).toHaveLength(2);
		expect(items[0][0].json.error).toMatch(/not a valid email address/);
		expect(items[0][0].pairedItem).toEqual({ item: 0 });
		expect(items[0][1].json.id).toEqual(expect.any(String));
	});

	it('says clearly when the keys are wrong, without showing them', async () => {
		const credentials = simulatorCredentials(simulator(), { secretKey: 'wrong-secret-value' });
		const error = await run(
			{ resource: 'project', operation: 'getAll', returnAll: false, limit: 1 },
			credentials,
		).catch((e: Error) => e);
		expect((error as Error).message).toMatch(
			/EXPLORE refused the client key and secret key \(HTTP 401/,
		);
		expect(JSON.stringify(error)).not.toContain('wrong-secret-value');
	});
});
