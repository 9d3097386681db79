/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a development tool run by Node, never shipped in the n8n package */
import { SimulatorClock } from './clock';
import { Dataset } from './data/dataset';
import { FaultBook } from './faults';
import type { ResolvedOptions, RuntimeConfig } from './options';
import { RequestLog } from './requestLog';
import { SinkStore } from './sinks';
import { TokenStore } from './tokens';

/** Everything the simulator remembers; shared by the API routes and the controls. */
export class SimulatorState {
	config: RuntimeConfig;
	dataset: Dataset;
	readonly clock: SimulatorClock;
	readonly tokens = new TokenStore();
	readonly faults = new FaultBook();
	readonly log = new RequestLog();
	readonly sinks = new SinkStore();
	/** Signed-mode signatures received, so tests can check none of them leaks. */
	readonly signaturesSeen = new Set<string>();
	/** `http://127.0.0.1:PORT`, once listening. */
	url = '';
	/** Pending `delay` faults, released when the simulator stops. */
	readonly pendingDelays = new Set<() => void>();

	constructor(private readonly initial: ResolvedOptions) {
		this.config = pickRuntimeConfig(initial);
		this.clock = new SimulatorClock(initial.clockStartMs);
		this.dataset = this.buildDataset();
	}

	/** The generated records always end at the clock start, whatever the clock says now. */
	buildDataset(): Dataset {
		return new Dataset({
			seed: this.config.seed,
			records: this.config.records,
			windowEndMs: this.initial.clockStartMs,
		});
	}

	reset(): void {
		this.config = pickRuntimeConfig(this.initial);
		this.clock.reset();
		this.dataset = this.buildDataset();
		this.tokens.revokeAll();
		this.faults.clear();
		this.log.clear();
		this.sinks.clear();
	}

	sleep(durationMs: number): Promise<void> {
		return new Promise((resolve) => {
			const release = () => {
				clearTimeout(timer);
				this.pendingDelays.delete(release);
				resolve();
			};
			const timer = setTimeout(release, durationMs);
			this.pendingDelays.add(release);
		});
	}

	releaseDelays(): void {
		for (const release of [...this.pendingDelays]) release();
	}
}

function pickRuntimeConfig(options: ResolvedOptions): RuntimeConfig {
	return {
		clientKey: options.clientKey,
		secretKey: options.secretKey,
		clientKeyField: options.clientKeyField,
		secretKeyField: options.secretKeyField,
		tokenTtlSeconds: options.tokenTtlSeconds,
		tokenResponseStyle: options.tokenResponseStyle,
		records: options.records,
		seed: options.seed,
		maxPageSize: options.maxPageSize,
		quiet: options.quiet,
	};
}
