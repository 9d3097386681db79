import type { IDataObject } from 'n8n-workflow';

import { Explore } from '../../../nodes/Explore/Explore.node';
import { findEndpoint } from '../../../nodes/Explore/endpoints';
import type { ExploreEndpoint } from '../../../nodes/Explore/endpoints';
import type { Simulator } from '../../../sandbox/server';
import { CredentialStore, runNode } from '../../harness';
import { jsonOf, simulatorCredentials } from '../exploreEnv';
import { TriggerDriver } from '../triggerDriver';
import { simulatorIds } from './simulatorTruth';

export const ENDPOINT = findEndpoint('project', 'getAll') as ExploreEndpoint;
export const PAGE_SIZE = 25;
const MINUTE = 60_000;

export interface Delivery {
	records: IDataObject[];
	error?: Error;
}

/** One consumer of the API, set up against the simulator with a valid token already cached. */
export interface Subject {
	/** What the simulator holds that this consumer must deliver (read before faults are on). */
	truth(): Promise<string[]>;
	run(): Promise<Delivery>;
	/** A later run with the faults gone; returns the ids it delivered. */
	later(): Promise<string[]>;
	/**
	 * True when a later run delivers only what earlier runs did not (the trigger), false when it
	 * delivers everything again (Return All).
	 */
	incremental: boolean;
	/** What the consumer keeps between runs (the trigger's static data), to check a failed run moved nothing. */
	savedState(): unknown;
}

export interface Consumer {
	name: string;
	/** Requests it may have in flight at once: each one refused for its token logs in again. */
	inFlight: number;
	/** `timeoutSeconds`: the node's Timeout option (default: the node's default). */
	prepare(simulator: Simulator, timeoutSeconds?: number): Promise<Subject>;
}

const idsOf = (records: IDataObject[]) => records.map((record) => String(record.id));
const options = (timeoutSeconds?: number) => ({
	pageSize: PAGE_SIZE,
	...(timeoutSeconds === undefined ? {} : { timeout: timeoutSeconds }),
});

/** The EXPLORE node's Get Many with Return All, run by n8n's WorkflowExecute. */
const actionReturnAll = (parallelRequests: number): Consumer => ({
	name: `EXPLORE node, Return All, ${parallelRequests} parallel request(s)`,
	inFlight: parallelRequests,
	async prepare(simulator, timeoutSeconds) {
		const credentials = new CredentialStore().set(
			'exploreApi',
			simulatorCredentials(simulator, { accessToken: simulator.issueToken() }),
		);
		const run = async (): Promise<Delivery> => {
			const { items, error } = await runNode(Explore, {
				parameters: {
					resource: ENDPOINT.resource,
					operation: ENDPOINT.operation,
					returnAll: true,
					options: { ...options(timeoutSeconds), parallelRequests },
				},
				credentials,
				throwOnError: false,
			});
			return { records: error ? [] : jsonOf(items), error };
		};
		return {
			truth: async () => await simulatorIds(simulator, ENDPOINT),
			run,
			later: async () => idsOf((await run()).records),
			incremental: false,
			savedState: () => null,
		};
	},
});

/** The EXPLORE Trigger, published: polls run by n8n-core's PollTriggerExecutor. */
const triggerPoll: Consumer = {
	name: 'EXPLORE Trigger, scheduled poll',
	inFlight: 1,
	async prepare(simulator, timeoutSeconds) {
		simulator.advanceClock(MINUTE);
		const activatedAt = simulator.now();
		const driver = new TriggerDriver(simulator, {
			event: ENDPOINT.triggerEvent,
			options: options(timeoutSeconds),
		});
		driver.credentials.patch('exploreApi', { accessToken: simulator.issueToken() });
		await driver.poll({ activation: true });
		for (let second = 0; second < 6; second++) {
			simulator.advanceClock(1000);
			simulator.flag({ endpoint: ENDPOINT.triggerEvent, count: 10 });
		}
		simulator.advanceClock(MINUTE);
		return {
			truth: async () => await simulatorIds(simulator, ENDPOINT, activatedAt),
			run: async () => await driver.tryPoll(),
			async later() {
				simulator.advanceClock(MINUTE);
				return idsOf(await driver.poll());
			},
			incremental: true,
			savedState: () => JSON.parse(JSON.stringify(driver.staticData)),
		};
	},
};

export const CONSUMERS: Consumer[] = [actionReturnAll(1), actionReturnAll(3), triggerPoll];
