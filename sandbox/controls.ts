/* eslint-disable @n8n/community-nodes/require-node-api-error -- a development tool run by Node, never shipped in the n8n package */
import { flagRecords } from './control/flagRecords';
import type { FlagRequest, FlagResult } from './control/flagRecords';
import { ControlInputError } from './control/inputError';
import { validateFault } from './faults';
import type { FaultSpec, FaultSwitches, PendingFault } from './faults';
import type { RuntimeConfig } from './options';
import { validateConfig } from './options';
import { parisDayStamp } from './parisTime';
import type { RequestLogEntry, SimulatorStats } from './requestLog';
import { encryptSignature } from './signature';
import { describeSimulator } from './simulatorInfo';
import type { SimulatorInfo } from './simulatorInfo';
import type { SimulatorState } from './state';

export type { FlagRequest, FlagResult } from './control/flagRecords';
export type { SimulatorInfo } from './simulatorInfo';

export interface ClockChange {
	now?: string | number | Date;
	advanceMs?: number;
}

export interface FaultState {
	pending: PendingFault[];
	switches: FaultSwitches;
}

/** The control API: every `/__sim/…` endpoint is one of these methods. */
export class SimulatorControls {
	constructor(protected readonly state: SimulatorState) {}

	/** Where to connect, the demo keys, and each endpoint of the catalog. */
	info(): SimulatorInfo {
		return describeSimulator(this.state);
	}

	/** Flags new records now (simulator clock) and returns their ids. */
	flag(request: FlagRequest): FlagResult {
		return flagRecords(this.state, request);
	}

	/** Back to the start: records, tokens, clock, config, faults, log and sinks. */
	reset(): void {
		this.state.reset();
	}

	requests(): RequestLogEntry[] {
		return this.state.log.entries();
	}

	/** Clears the request log and the stats. */
	clearRequests(): void {
		this.state.log.clear();
	}

	stats(): SimulatorStats {
		return this.state.log.stats();
	}

	now(): Date {
		return new Date(this.state.clock.now());
	}

	setClock(change: ClockChange): Date {
		if (change?.now !== undefined) {
			const instant = new Date(change.now).getTime();
			if (Number.isNaN(instant)) throw new ControlInputError('now must be an ISO 8601 date');
			this.state.clock.set(instant);
		}
		if (change?.advanceMs !== undefined) {
			if (typeof change.advanceMs !== 'number' || !Number.isFinite(change.advanceMs)) {
				throw new ControlInputError('advanceMs must be a number');
			}
			this.state.clock.advance(change.advanceMs);
		}
		return this.now();
	}

	advanceClock(durationMs: number): Date {
		return this.setClock({ advanceMs: durationMs });
	}

	config(): RuntimeConfig {
		return { ...this.state.config };
	}

	/** Changing `records` or `seed` rebuilds the records (flagged ones are dropped). */
	configure(changes: Partial<RuntimeConfig>): RuntimeConfig {
		const current = this.state.config;
		const unknown = Object.keys(changes ?? {}).filter((name) => !(name in current));
		if (unknown.length > 0) throw new ControlInputError(`Unknown setting: ${unknown.join(', ')}`);
		const next = { ...current, ...changes };
		try {
			validateConfig(next);
		} catch (error) {
			throw new ControlInputError((error as Error).message);
		}
		this.state.config = next;
		if (next.records !== current.records || next.seed !== current.seed) {
			this.state.dataset = this.state.buildDataset();
		}
		return this.config();
	}

	/** Every token issued so far answers 401 until the client logs in again. */
	revokeTokens(): { revoked: number } {
		return { revoked: this.state.tokens.revokeAll() };
	}

	/** A valid token without a login call (not counted as a login). */
	issueToken(): string {
		return this.state.tokens.issue(this.state.clock.now(), this.state.config.tokenTtlSeconds);
	}

	/** The keys, every token ever issued and every signature received: what must never leak. */
	issuedSecrets(): string[] {
		const { clientKey, secretKey } = this.state.config;
		return [
			clientKey,
			secretKey,
			...this.state.tokens.issuedTokens(),
			...this.state.signaturesSeen,
		];
	}

	addFault(spec: FaultSpec | FaultSpec[]): FaultState {
		this.state.faults.add(Array.isArray(spec) ? spec : [spec]);
		return this.faults();
	}

	/** `POST /__sim/faults`: new faults and switch changes, applied only if all are valid. */
	changeFaults(change: { faults?: FaultSpec[]; switches?: Partial<FaultSwitches> }): FaultState {
		const faults = change.faults ?? [];
		if (!Array.isArray(faults)) throw new ControlInputError('faults must be an array');
		faults.forEach(validateFault);
		this.state.faults.setSwitches(change.switches ?? {});
		this.state.faults.add(faults);
		return this.faults();
	}

	setSwitches(switches: Partial<FaultSwitches>): FaultState {
		this.state.faults.setSwitches(switches ?? {});
		return this.faults();
	}

	faults(): FaultState {
		return this.state.faults.snapshot();
	}

	clearFaults(): FaultState {
		this.state.faults.clear();
		return this.faults();
	}

	storeInSink(name: string, body: unknown): number {
		return this.state.sinks.store(name, body);
	}

	sink(name: string): unknown[] {
		return this.state.sinks.items(name);
	}

	clearSink(name?: string): void {
		this.state.sinks.clear(name);
	}

	/** The signed mode's two fields for this query, for today (simulator clock) and the secret. */
	signQuery(query: string | Record<string, string>): { CleClient: string; Signature: string } {
		const { clientKey, secretKey } = this.state.config;
		const fields = new URLSearchParams(query);
		fields.delete('CleClient');
		const plain = new URLSearchParams([['CleClient', clientKey], ...fields]).toString();
		const day = parisDayStamp(this.state.clock.now());
		return { CleClient: clientKey, Signature: encryptSignature(plain, secretKey, day) };
	}

	/** Records generated since start: shows that a page costs O(page size). */
	workCounters(): { recordsGenerated: number } {
		return { ...this.state.dataset.work };
	}
}
