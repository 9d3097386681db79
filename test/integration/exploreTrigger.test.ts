import type { IDataObject } from 'n8n-workflow';

import { EXPLORE_ENDPOINTS } from '../../nodes/Explore/endpoints';
import { TriggerDriver } from './triggerDriver';
import { countFlags, useSimulator } from './exploreEnv';

jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: async () => {},
}));

const simulator = useSimulator({ records: 500 });
const MINUTE = 60_000;
const ids = (records: IDataObject[]) => records.map((record) => record.id);

/** A published trigger after its activation poll (which sends nothing unless Start From is set). */
async function activated(parameters: object, budget: number | null = null) {
	const driver = new TriggerDriver(simulator(), parameters as never, budget);
	const first = await driver.poll({ activation: true });
	return Object.assign(driver, { activationRecords: first });
}

describe('EXPLORE Trigger against the simulator', () => {
	beforeEach(() => {
		simulator().reset();
	});

	it.each(EXPLORE_ENDPOINTS.map((e) => [e.triggerEvent, e] as const))(
		'%s: emits what is flagged after activation, once',
		async (event, endpoint) => {
			const driver = await activated({ event, options: { alertOutput: 'perProject' } });
			simulator().advanceClock(MINUTE);
			const flagged = simulator().flag({ endpoint: event, count: 3 });
			simulator().advanceClock(MINUTE);
			const first = await driver.poll();
			if (endpoint.recordKind === 'emailAlert') {
				expect(new Set(first.map((r) => r.alertId))).toEqual(new Set(flagged.ids.map(String)));
			} else {
				expect(ids(first).sort()).toEqual(flagged.ids.map(String).sort());
				expect(first[0]).toMatchObject({ source: endpoint.source, flaggedAt: expect.any(String) });
			}
			simulator().advanceClock(MINUTE);
			expect(await driver.poll()).toEqual([]);
		},
	);

	it('sends a flag set in the same second as the activation', async () => {
		simulator().setClock({ now: '2026-11-20T09:00:00.750Z' });
		const driver = await activated({ event: 'projectFlagged' });
		const flagged = simulator().flag({ endpoint: 'projectFlagged', count: 1 });
		simulator().advanceClock(MINUTE);
		expect(ids(await driver.poll())).toEqual(flagged.ids.map(String));
	});

	it('starts from activation: older flags are not sent', async () => {
		const driver = await activated({ event: 'projectFlagged' });
		expect(driver.activationRecords).toEqual([]);
		simulator().advanceClock(MINUTE);
		expect(await driver.poll()).toEqual([]);
		expect(
			simulator()
				.requests()
				.filter((r) => !r.login).length,
		).toBe(1);
	});

	it('backfills from Start From, draining a large backlog over several polls exactly once', async () => {
		const since = new Date(simulator().now().getTime() - 30 * 24 * 3600_000).toISOString();
		const driver = await activated({
			event: 'companyFlagged',
			options: { startFrom: since, maxRecordsPerPoll: 40, pageSize: 25 },
		});
		const seen: unknown[] = ids(driver.activationRecords);
		expect(seen.length).toBeGreaterThanOrEqual(40);
		for (let poll = 0; poll < 40; poll++) {
			simulator().advanceClock(MINUTE);
			seen.push(...ids(await driver.poll()));
		}
		const expected = await countFlags(simulator(), 'CRMAlertes/Societes', since);
		expect(seen.length).toBe(expected);
		expect(new Set(seen).size).toBe(seen.length);
	});

	it('a failed poll loses nothing: the next one covers the same window', async () => {
		const driver = await activated({ event: 'projectFlagged' });
		simulator().advanceClock(MINUTE);
		const flagged = simulator().flag({ endpoint: 'projectFlagged', count: 4 });
		simulator().addFault({ kind: 'status', status: 503, count: 10 });
		const failed = await driver.tryPoll();
		expect(failed.error?.message).toMatch(
			/EXPLORE failed to answer .* \(HTTP 503\) after 5 attempts/,
		);
		simulator().clearFaults();
		simulator().advanceClock(MINUTE);
		expect(ids(await driver.poll()).sort()).toEqual(flagged.ids.map(String).sort());
	});

	it('when EXPLORE filters by day only, the same day is not sent twice', async () => {
		simulator().setSwitches({ dayOnlyDates: true });
		const driver = await activated({
			event: 'batipulseProjectFlagged',
			options: { dateFormat: 'date' },
		});
		const emitted: unknown[] = [];
		for (let poll = 0; poll < 10; poll++) {
			simulator().advanceClock(MINUTE);
			const flagged = simulator().flag({ endpoint: 'batipulseProjectFlagged', count: 2 });
			simulator().advanceClock(MINUTE);
			const records = await driver.poll();
			expect(ids(records).sort()).toEqual(flagged.ids.map(String).sort());
			emitted.push(...ids(records));
		}
		expect(new Set(emitted).size).toBe(20);
	});

	it('survives an n8n restart without loss or duplicates', async () => {
		const driver = await activated({ event: 'projectFlagged' });
		const all: unknown[] = [];
		const sent: unknown[] = [];
		for (let poll = 0; poll < 6; poll++) {
			simulator().advanceClock(MINUTE);
			if (poll % 2 === 1)
				all.push(...simulator().flag({ endpoint: 'projectFlagged', count: 2 }).ids.map(String));
			simulator().advanceClock(MINUTE);
			sent.push(...ids(await driver.poll()));
			if (poll === 3) driver.restart();
		}
		expect([...sent].sort()).toEqual([...all].sort());
	});

	it('Fetch Test Event returns the latest flags and changes no state', async () => {
		const driver = await activated({ event: 'companyFlagged' });
		const before = JSON.stringify(driver.staticData);
		simulator().advanceClock(MINUTE);
		const flagged = simulator().flag({ endpoint: 'companyFlagged', count: 1 });
		const { result, persistedStaticData, staticData } = await driver.fetchTestEvent();
		expect(result?.[0][0].json.id).toBe(String(flagged.ids[0]));
		expect(result?.[0].length).toBeLessThanOrEqual(3);
		expect(persistedStaticData).toBeUndefined();
		expect(JSON.stringify(staticData)).toBe(before);
	});

	it('sends only the flags of the chosen collaborators', async () => {
		const driver = await activated({
			event: 'projectFlagged',
			filters: { emails: 'lea.dupont@example.com' },
		});
		simulator().advanceClock(MINUTE);
		const mine = simulator().flag({
			endpoint: 'projectFlagged',
			count: 2,
			email: 'lea.dupont@example.com',
		});
		simulator().flag({ endpoint: 'projectFlagged', count: 3, email: 'someone.else@example.com' });
		simulator().advanceClock(MINUTE);
		expect(ids(await driver.poll()).sort()).toEqual(mine.ids.map(String).sort());
	});

	it('drains within the poll budget of an n8n 2.x host and carries on at the next poll', async () => {
		const since = new Date(simulator().now().getTime() - 60 * 24 * 3600_000).toISOString();
		const driver = await activated(
			{ event: 'projectFlagged', options: { startFrom: since, pageSize: 10 } },
			1,
		);
		const first = driver.activationRecords;
		expect(first.length).toBe(10);
		expect(driver.staticData.backlog).toEqual(expect.objectContaining({ offset: 10 }));
		simulator().advanceClock(MINUTE);
		const second = await driver.poll();
		expect(second.length).toBe(10);
		expect(new Set([...ids(first), ...ids(second)]).size).toBe(20);
	});
});
