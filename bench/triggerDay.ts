import { ExploreTrigger } from '../nodes/Explore/ExploreTrigger.node';
import { triggerClock } from '../nodes/Explore/trigger/clock';
import type { Simulator } from '../sandbox/server';
import { CredentialStore, runPoll } from '../test/harness';
import { medianMs } from './measure';

export interface TriggerDayFigures {
	polls: number;
	logins: number;
	requestsPerIdlePoll: number;
	idlePollMs: number;
	busyPollMs: number;
	busyPollRecords: number;
}

/**
 * A day of one-minute polls against the simulator's clock (tokens live 6 hours): how many logins
 * and requests the trigger makes, and how long a poll takes with nothing new and with 1 000 flags.
 */
export async function triggerDay(simulator: Simulator): Promise<TriggerDayFigures> {
	const { clientKey, secretKey } = simulator.config();
	const credentials = new CredentialStore().set('exploreApi', {
		authentication: 'token',
		clientKey,
		secretKey,
		baseUrl: simulator.baseUrl,
		accessToken: '',
	});
	triggerClock.now = () => simulator.now();
	let staticData = {};
	const poll = async () => {
		const outcome = await runPoll(ExploreTrigger, {
			parameters: { event: 'projectFlagged', options: { pageSize: 500 } },
			credentials,
			staticData,
		});
		staticData = outcome.staticData;
		return outcome.result?.[0].length ?? 0;
	};
	simulator.clearRequests();
	await poll();
	const polls = 24 * 60;
	for (let minute = 0; minute < polls; minute++) {
		simulator.advanceClock(60_000);
		if (minute % 97 === 0) simulator.flag({ endpoint: 'projectFlagged', count: 3 });
		await poll();
	}
	const stats = simulator.stats();
	simulator.advanceClock(60_000);
	await poll();
	simulator.clearRequests();
	const idlePollMs = await medianMs(5, async () => {
		simulator.advanceClock(60_000);
		await poll();
	});
	const requestsPerIdlePoll = simulator.stats().dataRequests / 5;
	let busyPollRecords = 0;
	const busyPollMs = await medianMs(3, async () => {
		simulator.advanceClock(60_000);
		simulator.flag({ endpoint: 'projectFlagged', count: 1000 });
		simulator.advanceClock(1_000);
		busyPollRecords = await poll();
	});
	return {
		polls,
		logins: stats.logins,
		requestsPerIdlePoll,
		idlePollMs,
		busyPollMs,
		busyPollRecords,
	};
}
