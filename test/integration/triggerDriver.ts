import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { ExploreTrigger } from '../../nodes/Explore/ExploreTrigger.node';
import { triggerClock } from '../../nodes/Explore/trigger/clock';
import type { Simulator } from '../../sandbox/server';
import { CredentialStore, runPoll } from '../harness';
import type { RunPollResult } from '../harness';
import { simulatorCredentials } from './exploreEnv';

/**
 * Plays n8n's part for a published EXPLORE Trigger: polls with the static data n8n keeps in
 * memory, and on restart() goes back to what n8n last wrote to its database.
 */
export class TriggerDriver {
	staticData: IDataObject = {};
	persisted: IDataObject = {};
	readonly credentials: CredentialStore;
	polls = 0;
	failedPolls = 0;

	constructor(
		simulator: Simulator,
		private readonly parameters: INodeParameters,
		private readonly pollBudgetMs: number | null = null,
	) {
		this.credentials = new CredentialStore().set('exploreApi', simulatorCredentials(simulator));
		triggerClock.now = () => simulator.now();
	}

	/** One scheduled poll; returns the emitted records (empty when the poll returned null). */
	async poll(options: { activation?: boolean } = {}): Promise<IDataObject[]> {
		const outcome = await this.run('trigger', options.activation ?? false, true);
		return outcome.result?.[0].map((item) => item.json) ?? [];
	}

	/** A poll that may fail: returns the error instead of throwing. */
	async tryPoll(): Promise<{ records: IDataObject[]; error?: Error }> {
		const outcome = await this.run('trigger', false, false);
		if (outcome.error) this.failedPolls++;
		return { records: outcome.result?.[0].map((item) => item.json) ?? [], error: outcome.error };
	}

	async fetchTestEvent(): Promise<RunPollResult> {
		return await this.run('manual', false, true);
	}

	/** n8n restarts: the in-memory static data is gone, the database copy is reloaded. */
	restart(): void {
		this.staticData = JSON.parse(JSON.stringify(this.persisted)) as IDataObject;
	}

	private async run(mode: 'trigger' | 'manual', activation: boolean, throwOnError: boolean) {
		this.polls++;
		const outcome = await runPoll(ExploreTrigger, {
			parameters: this.parameters,
			credentials: this.credentials,
			staticData: this.staticData,
			mode,
			activation,
			pollBudgetMs: this.pollBudgetMs,
			throwOnError,
		});
		if (mode === 'trigger') {
			this.staticData = outcome.staticData;
			if (outcome.persistedStaticData !== undefined) this.persisted = outcome.persistedStaticData;
		}
		return outcome;
	}
}
