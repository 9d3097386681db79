// Spec: both authentication methods, and the token kept and renewed across n8n executions.
import type { Simulator } from '../../../sandbox/server';
import { waitUntil } from '../../lib';
import type { LineFixture } from '../line-fixture';
import { EXPIRY_RECORDS } from '../simulators';

/** Status of each request, `login` for the token call: e.g. ['401', 'login 200', '200']. */
const statusTrail = (simulator: Simulator) =>
	simulator
		.requests()
		.map((entry) => (entry.login ? `login ${entry.status}` : String(entry.status)));

export function describeAuthentication(suite: () => LineFixture): void {
	const expiry = () => suite().simulators.expiry;
	const tokenTtlMs = () => expiry().config().tokenTtlSeconds * 1000;
	const runTokenExpiryWorkflow = (label: string) =>
		suite().timer.time(`execute (${label})`, () =>
			suite().session.executeWorkflow(suite().actions.tokenExpiry.id!),
		);
	const projectIds = (projects: Array<{ id: string }>) => projects.map((project) => project.id);

	describe('authentication', () => {
		it('signs every request and never logs in with Signed Requests', () => {
			const run = suite().batch.executions[suite().actions.signed.id!];
			expect(run.nodeOutput('Projects (Signed Requests)')).toHaveLength(5);
			expect(run.nodeOutput('Batipulse Companies (Signed Requests)')).toHaveLength(5);
			const signed = suite().simulators.signed;
			expect(signed.stats().logins).toBe(0);
			expect(signed.requests().map((entry) => [entry.auth, entry.status])).toEqual([
				['signed', 200],
				['signed', 200],
			]);
		});

		it('logs in once for a whole batch of executions with the token method, then reuses the token', () => {
			const main = suite().simulators.main;
			expect(main.stats().logins).toBe(1);
			const dataRequests = main.requests().filter((entry) => !entry.login);
			expect(dataRequests.length).toBeGreaterThan(50);
			expect(dataRequests.every((entry) => entry.auth === 'bearer' && entry.status === 200)).toBe(
				true,
			);
		});

		it('renews the token once when it expired between two executions', async () => {
			expect(expiry().stats().logins).toBe(1); // the batch run logged in
			expiry().clearRequests();
			expiry().advanceClock(tokenTtlMs() + 60_000);

			const run = await runTokenExpiryWorkflow('token expired before the run');

			const ids = projectIds(run.nodeOutput('All Projects'));
			expect(ids).toHaveLength(EXPIRY_RECORDS);
			expect(new Set(ids).size).toBe(EXPIRY_RECORDS);
			expect(expiry().stats().logins).toBe(1);
			expect(statusTrail(expiry())).toEqual(['401', 'login 200', ...Array(11).fill('200')]);
		});

		it('renews the token once when it expires in the middle of Return All', async () => {
			expiry().clearRequests();
			// pages 1-3 pass at once; page 4 waits 2 s, long enough to expire the token meanwhile
			expiry().addFault([
				{ kind: 'delay', delayMs: 0, count: 3 },
				{ kind: 'delay', delayMs: 2000 },
			]);
			const running = runTokenExpiryWorkflow('token expiring during the run');
			await waitUntil(() => expiry().faults().pending.length === 0, {
				timeoutMs: 60_000,
				intervalMs: 20,
				what: 'the fourth page request',
			});
			expiry().advanceClock(tokenTtlMs() + 60_000);

			const run = await running;

			const ids = projectIds(run.nodeOutput('All Projects'));
			expect(ids).toHaveLength(EXPIRY_RECORDS);
			expect(new Set(ids).size).toBe(EXPIRY_RECORDS);
			expect(expiry().stats().logins).toBe(1);
			expect(statusTrail(expiry())).toEqual([
				...Array(3).fill('200'),
				'401',
				'login 200',
				...Array(8).fill('200'),
			]);
			const pagesServed = expiry()
				.requests()
				.filter((entry) => !entry.login && entry.status === 200)
				.map((entry) => Number(entry.params?.Page));
			expect(pagesServed).toEqual(Array.from({ length: 11 }, (_, page) => page * 100));
		});
	});
}
