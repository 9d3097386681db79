import type { IDataObject } from 'n8n-workflow';

import { TriggerDriver } from './triggerDriver';
import { useSimulator } from './exploreEnv';

jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: async () => {},
}));

const simulator = useSimulator({ records: 200 });
const COLLABORATORS = ['lea.dupont@example.com', 'marc.roux@example.com', 'ines.faure@example.com'];

/** A small deterministic PRNG (mulberry32) so a failing run can be replayed from its seed. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Figures {
	flags: number;
	emitted: number;
	lost: number;
	duplicated: number;
	polls: number;
	failedPolls: number;
	restarts: number;
	logins: number;
	requests: number;
}

async function soak(options: {
	seed: number;
	polls: number;
	dayOnly: boolean;
	event: string;
	pageSize: number;
}): Promise<Figures> {
	const sim = simulator();
	sim.reset();
	if (options.dayOnly) sim.setSwitches({ dayOnlyDates: true });
	const next = random(options.seed);
	const driver = new TriggerDriver(sim, {
		event: options.event,
		options: {
			lookback: 5,
			pageSize: options.pageSize,
			maxRecordsPerPoll: 50,
			...(options.dayOnly ? { dateFormat: 'date' } : {}),
		},
	} as never);
	await driver.poll({ activation: true });

	const flagged: string[] = [];
	const emitted: string[] = [];
	let restarts = 0;
	const flagSome = (max: number) => {
		const count = Math.floor(next() * (max + 1));
		if (count === 0) return;
		const email = COLLABORATORS[Math.floor(next() * COLLABORATORS.length)];
		flagged.push(...sim.flag({ endpoint: options.event, count, email }).ids.map(String));
	};
	const collect = (records: IDataObject[]) => emitted.push(...records.map((r) => String(r.id)));

	for (let poll = 0; poll < options.polls; poll++) {
		sim.advanceClock(Math.floor(30_000 + next() * 90_000));
		flagSome(12);
		const roll = next();
		if (roll < 0.08) sim.addFault({ kind: 'status', status: 503, count: 10 });
		else if (roll < 0.14) sim.addFault({ kind: 'reset', count: 1 });
		else if (roll < 0.2)
			sim.addFault({ kind: 'status', status: 429, retryAfterSeconds: 1, count: 2 });
		else if (roll < 0.24) sim.revokeTokens();
		else if (roll < 0.28) sim.addFault({ kind: 'delay', delayMs: 30, count: 1 });
		const running = driver.tryPoll();
		if (roll >= 0.24 && roll < 0.28) flagSome(5); // flagged while the poll is running
		const outcome = await running;
		collect(outcome.records);
		sim.clearFaults();
		if (next() < 0.04) {
			driver.restart();
			restarts++;
		}
	}
	for (let drain = 0; drain < 40; drain++) {
		sim.advanceClock(60_000);
		collect(await driver.poll());
	}

	const emittedSet = new Set(emitted);
	const stats = sim.stats();
	return {
		flags: flagged.length,
		emitted: emitted.length,
		lost: flagged.filter((id) => !emittedSet.has(id)).length,
		duplicated: emitted.length - emittedSet.size,
		polls: driver.polls,
		failedPolls: driver.failedPolls,
		restarts,
		logins: stats.logins,
		requests: stats.requests,
	};
}

describe('EXPLORE Trigger: every flag exactly once (randomized)', () => {
	it.each([
		[
			'date and time filtering',
			{ seed: 20261204, polls: 250, dayOnly: false, event: 'projectFlagged', pageSize: 20 },
		],
		[
			'day-only filtering',
			{ seed: 4122026, polls: 200, dayOnly: true, event: 'batipulseCompanyFlagged', pageSize: 200 },
		],
	])(
		'with %s, random faults, restarts and flags during polls',
		async (name, options) => {
			const figures = await soak(options);
			// eslint-disable-next-line no-console
			console.log(`exactly-once (${name}, seed ${options.seed}): ${JSON.stringify(figures)}`);
			expect(figures.flags).toBeGreaterThan(1000);
			expect(figures.failedPolls).toBeGreaterThan(0);
			expect(figures.restarts).toBeGreaterThan(0);
			expect({ lost: figures.lost, duplicated: figures.duplicated }).toEqual({
				lost: 0,
				duplicated: 0,
			});
			expect(figures.emitted).toBe(figures.flags);
		},
		240_000,
	);
});
