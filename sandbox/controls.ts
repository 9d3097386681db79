import { ControlInputError, requireInteger } from './control/inputError';
import type { FaultSpec, FaultSwitches, PendingFault } from './faults';
import type { RuntimeConfig } from './options';
import { validateConfig } from './options';
import { formatParisDateTime, parisDayStamp } from './parisTime';
import { API_PREFIX, CONTROL_PREFIX, LOGIN_PATH } from './paths';
import type { RequestLogEntry, SimulatorStats } from './requestLog';
import { encryptSignature } from './signature';
import type { SimulatorState } from './state';

export interface FlagRequest {
	/** Catalog path (`CRMAlertes/Projets`) or trigger event (`projectFlagged`). */
	endpoint: string;
	/** Default 1. */
	count?: number;
	/** Who flags them (or receives the alerts); default: the rota's collaborators. */
	email?: string;
}

export interface FlagResult {
	endpoint: string;
	ids: unknown[];
	/** As the records show it (Paris time, no zone). */
	flaggedAt: string;
	flaggedAtIso: string;
}

export interface ClockChange {
	now?: string | number | Date;
	advanceMs?: number;
}

export interface SimulatorInfo {
	name: string;
	url: string;
	baseUrl: string;
	controlUrl: string;
	loginUrl: string;
	clientKey: string;
	secretKey: string;
	clientKeyField: string;
	secretKeyField: string;
	tokenResponseStyle: string;
	now: string;
	endpoints: {
		path: string;
		triggerEvent: string;
		naming: string;
		listKey: string;
		idField: string;
		lazyRecords: number;
		flaggedRecords: number;
	}[];
}

export interface FaultState {
	pending: PendingFault[];
	switches: FaultSwitches;
}

const MAX_FLAGS_PER_CALL = 10_000;

/** The control API: every `/__sim/…` endpoint is one of these methods. */
export class SimulatorControls {
	constructor(protected readonly state: SimulatorState) {}

	/** Where to connect, the demo keys, and each endpoint of the catalog. */
	info(): SimulatorInfo {
		const { url, config, dataset } = this.state;
		return {
			name: 'EXPLORE API simulator',
			url,
			baseUrl: `${url}${API_PREFIX}`,
			controlUrl: `${url}${CONTROL_PREFIX}/`,
			loginUrl: `${url}${API_PREFIX}${LOGIN_PATH}`,
			clientKey: config.clientKey,
			secretKey: config.secretKey,
			clientKeyField: config.clientKeyField,
			secretKeyField: config.secretKeyField,
			tokenResponseStyle: config.tokenResponseStyle,
			now: this.now().toISOString(),
			endpoints: dataset.all().map((data) => ({
				path: data.endpoint.path,
				triggerEvent: data.endpoint.triggerEvent,
				naming: data.endpoint.naming,
				listKey: data.endpoint.listKey,
				idField: data.endpoint.idField,
				lazyRecords: config.records,
				flaggedRecords: data.flaggedCount,
			})),
		};
	}

	flag(request: FlagRequest): FlagResult {
		const endpointData =
			typeof request?.endpoint === 'string' ? this.state.dataset.find(request.endpoint) : undefined;
		if (endpointData === undefined) {
			throw new ControlInputError('endpoint must be a catalog path or a trigger event');
		}
		const count = requireInteger('count', request.count ?? 1, 1, MAX_FLAGS_PER_CALL);
		if (request.email !== undefined && (typeof request.email !== 'string' || request.email === '')) {
			throw new ControlInputError('email must be a non-empty string');
		}
		const now = this.state.clock.now();
		const flaggedAtMs = Math.floor(now / 1000) * 1000;
		return {
			endpoint: endpointData.endpoint.path,
			ids: endpointData.flag(count, request.email, now),
			flaggedAt: formatParisDateTime(flaggedAtMs),
			flaggedAtIso: new Date(flaggedAtMs).toISOString(),
		};
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

	addFault(spec: FaultSpec | FaultSpec[]): FaultState {
		for (const fault of Array.isArray(spec) ? spec : [spec]) this.state.faults.add(fault);
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
