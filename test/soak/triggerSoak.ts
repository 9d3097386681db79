import type { IDataObject } from 'n8n-workflow';

import { findEndpointByEvent } from '../../nodes/Explore/endpoints';
import type { ExploreEndpoint } from '../../nodes/Explore/endpoints';
import type { Simulator } from '../../sandbox/server';
import { applyCell } from '../integration/faultMatrix/applyCell';
import { FAULT_CELLS } from '../integration/faultMatrix/faultCells';
import type { FaultCell } from '../integration/faultMatrix/faultCells';
import { simulatorIds } from '../integration/faultMatrix/simulatorTruth';
import { TriggerDriver } from '../integration/triggerDriver';
import { seededRandom } from './seededRandom';

export interface SoakOptions {
	seed: number;
	/** Flags to set before the final drain (a poll flags 0 … maxFlagsPerPoll). */
	flags: number;
	event: string;
	pageSize: number;
	/** The API compares dates by day only (the trigger sends days). */
	dayOnly: boolean;
	maxFlagsPerPoll?: number;
	/** Chance that a poll meets one of the fault matrix's cells. Default 0.3. */
	faultRate?: number;
	/** Chance that n8n restarts after a poll (static data reloaded from its saved JSON). Default 0.04. */
	restartRate?: number;
}

export interface SoakFigures {
	seed: number;
	flags: number;
	emitted: number;
	lost: number;
	duplicated: number;
	/** Emitted records that were never flagged (should be 0). */
	unexpected: number;
	polls: number;
	failedPolls: number;
	restarts: number;
	faultsThrown: number;
	/** Forced re-logins: revoked or expired tokens. */
	revocations: number;
	/** Login calls, failed ones included. */
	logins: number;
	/** Logins that issued a token. */
	tokensIssued: number;
	/** One login at the start, one per token lifetime of simulated time, one per revocation. */
	tokenBound: number;
	requests: number;
	simulatedHours: number;
	elapsedMs: number;
}

const MINUTE = 60_000;
const DRAIN_POLLS = 40;
const COLLABORATORS = ['lea.dupont@example.com', 'marc.roux@example.com', 'ines.faure@example.com'];
const SOAK_CELLS = FAULT_CELLS.filter((cell) => cell.inSoak);

const forcesLogin = (cell: FaultCell) =>
	cell.revoke === true || (cell.faults ?? []).some((fault) => fault.kind === 'expireTokens');

/**
 * Drives a published EXPLORE Trigger against the simulator: polls every 30 s … 2 min of
 * simulator time, random flags (some while a poll runs), random faults from the fault matrix,
 * random n8n restarts; then drains and compares what was emitted with what the simulator holds.
 */
export async function runTriggerSoak(
	simulator: Simulator,
	options: SoakOptions,
): Promise<SoakFigures> {
	const startedAt = Date.now();
	const next = seededRandom(options.seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
	const endpoint = findEndpointByEvent(options.event) as ExploreEndpoint;
	const faultRate = options.faultRate ?? 0.3;
	const restartRate = options.restartRate ?? 0.04;
	const calmApi = () => {
		simulator.clearFaults();
		if (options.dayOnly) simulator.setSwitches({ dayOnlyDates: true });
	};

	simulator.reset();
	calmApi();
	simulator.advanceClock(MINUTE);
	const activatedAt = simulator.now();
	const driver = new TriggerDriver(simulator, {
		event: options.event,
		options: {
			lookback: 5,
			pageSize: options.pageSize,
			maxRecordsPerPoll: 50,
			...(options.dayOnly ? { dateFormat: 'date' } : {}),
		},
	});
	await driver.poll({ activation: true });

	const emitted: string[] = [];
	const collect = (records: IDataObject[]) => emitted.push(...records.map((r) => String(r.id)));
	let flagged = 0;
	let restarts = 0;
	let faultsThrown = 0;
	let revocations = 0;
	const flagSome = (max: number) => {
		const count = Math.floor(next() * (max + 1));
		if (count === 0) return;
		const email = pick(COLLABORATORS);
		flagged += simulator.flag({ endpoint: options.event, count, email }).ids.length;
	};

	while (flagged < options.flags) {
		simulator.advanceClock(Math.floor(30_000 + next() * 90_000));
		flagSome(options.maxFlagsPerPoll ?? 12);
		if (next() < faultRate) {
			const cell = pick(SOAK_CELLS);
			applyCell(simulator, cell);
			faultsThrown++;
			if (forcesLogin(cell)) revocations++;
		}
		// A short delay keeps the first request in flight while more records are flagged.
		const flagsDuringPoll = next() < 0.05;
		if (flagsDuringPoll) simulator.addFault({ kind: 'delay', delayMs: 30 });
		const running = driver.tryPoll();
		if (flagsDuringPoll) flagSome(5);
		collect((await running).records);
		calmApi();
		if (next() < restartRate) {
			driver.restart();
			restarts++;
		}
	}
	for (let drain = 0; drain < DRAIN_POLLS; drain++) {
		simulator.advanceClock(MINUTE);
		collect(await driver.poll());
	}

	const stats = simulator.stats();
	simulator.clearFaults(); // the truth is read by date and time, not by day
	const truth = new Set(await simulatorIds(simulator, endpoint, activatedAt));
	const emittedOnce = new Set(emitted);
	const simulatedMs = simulator.now().getTime() - activatedAt.getTime();
	const tokenLifetimeMs = simulator.config().tokenTtlSeconds * 1000;
	return {
		seed: options.seed,
		flags: truth.size,
		emitted: emitted.length,
		lost: [...truth].filter((id) => !emittedOnce.has(id)).length,
		duplicated: emitted.length - emittedOnce.size,
		unexpected: [...emittedOnce].filter((id) => !truth.has(id)).length,
		polls: driver.polls,
		failedPolls: driver.failedPolls,
		restarts,
		faultsThrown,
		revocations,
		logins: stats.logins,
		tokensIssued: stats.tokensIssued,
		tokenBound: 1 + Math.ceil(simulatedMs / tokenLifetimeMs) + revocations,
		requests: stats.requests,
		simulatedHours: Math.round(simulatedMs / 360_000) / 10,
		elapsedMs: Date.now() - startedAt,
	};
}
