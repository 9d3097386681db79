import type { FaultKind } from './faults';

/** One API request as the simulator saw it. Never holds keys, secrets, tokens or signatures. */
export interface RequestLogEntry {
	/** Simulator clock, ISO 8601 UTC. */
	time: string;
	method: string;
	path: string;
	status: number;
	login: boolean;
	/** Catalog path of a data request. */
	endpoint?: string;
	auth?: 'bearer' | 'signed' | 'none';
	/** Only DateDebut, DateFin, Page, Max, Emails (from the signature's plaintext in signed mode). */
	params?: Record<string, string>;
	/** Names (never values) of the token call's form fields: shows a field-name mismatch. */
	fieldNames?: string[];
	/** A login that answered a token. */
	tokenIssued?: boolean;
	fault?: FaultKind;
	durationMs: number;
}

export interface SimulatorStats {
	requests: number;
	logins: number;
	/** Logins that answered a token (the others failed or were spoilt by a fault). */
	tokensIssued: number;
	dataRequests: number;
	otherRequests: number;
	faultsInjected: number;
	byStatus: Record<string, number>;
	byEndpoint: Record<string, number>;
}

const MAX_ENTRIES = 10_000;

const emptyStats = (): SimulatorStats => ({
	requests: 0,
	logins: 0,
	tokensIssued: 0,
	dataRequests: 0,
	otherRequests: 0,
	faultsInjected: 0,
	byStatus: {},
	byEndpoint: {},
});

/** The last MAX_ENTRIES requests, and counters over every request since the last clear. */
export class RequestLog {
	private log: RequestLogEntry[] = [];
	private counters = emptyStats();

	record(entry: RequestLogEntry): void {
		this.log.push(entry);
		if (this.log.length > MAX_ENTRIES) this.log.splice(0, this.log.length - MAX_ENTRIES);
		const counters = this.counters;
		counters.requests++;
		if (entry.login) counters.logins++;
		if (entry.tokenIssued === true) counters.tokensIssued++;
		else if (entry.endpoint !== undefined) counters.dataRequests++;
		else counters.otherRequests++;
		if (entry.fault !== undefined) counters.faultsInjected++;
		counters.byStatus[entry.status] = (counters.byStatus[entry.status] ?? 0) + 1;
		if (entry.endpoint !== undefined) {
			counters.byEndpoint[entry.endpoint] = (counters.byEndpoint[entry.endpoint] ?? 0) + 1;
		}
	}

	entries(): RequestLogEntry[] {
		return this.log.map((entry) => ({ ...entry }));
	}

	stats(): SimulatorStats {
		return {
			...this.counters,
			byStatus: { ...this.counters.byStatus },
			byEndpoint: { ...this.counters.byEndpoint },
		};
	}

	clear(): void {
		this.log = [];
		this.counters = emptyStats();
	}
}
