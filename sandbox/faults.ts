import { ControlInputError, requireInteger } from './control/inputError';

/** Which requests a fault waits for. */
export type FaultTarget = 'data' | 'login' | 'any';

/** Faults played before the request is read: they replace, delay or precede the answer. */
export type TransportFaultKind =
	| 'status'
	| 'delay'
	| 'reset'
	| 'malformedJson'
	| 'htmlError'
	| 'expireTokens';
/** Faults played just before a data page is read (only on a request with `Page` ≥ 1). */
export type PageFaultKind = 'lateFlag';
/** Faults that spoil a successful data envelope. */
export type EnvelopeFaultKind = 'missingListKey' | 'lyingTotal';
export type FaultKind = TransportFaultKind | PageFaultKind | EnvelopeFaultKind;

export interface FaultSpec {
	kind: FaultKind;
	/** How many matching requests get it (default 1). */
	count?: number;
	/** Default 'data'. Page and envelope faults only ever apply to data requests. */
	target?: FaultTarget;
	/** Let this many matching requests pass untouched first (default 0), e.g. to hit page 3. */
	after?: number;
	/** kind 'status': 429, 500, 502, 503 or any 4xx/5xx. */
	status?: number;
	/** kind 'status': adds `Retry-After: n`. */
	retryAfterSeconds?: number;
	/** kind 'delay'. */
	delayMs?: number;
	/** kind 'lyingTotal': added to TOTAL (negative to under-report). */
	totalDelta?: number;
}

export interface PendingFault extends FaultSpec {
	count: number;
	target: FaultTarget;
}

/** What the token call answers while `loginGarbage` is on (200 each time). */
export type LoginGarbage = 'html' | 'empty' | 'object';

export interface FaultSwitches {
	/** Every matching record from the offset on, whatever `Max` says. */
	ignoreMax: boolean;
	/** Always the first page, whatever `Page` says. */
	ignorePage: boolean;
	/** `DateDebut`/`DateFin` compared by Paris day only, their time ignored. */
	dayOnlyDates: boolean;
	loginGarbage: false | LoginGarbage;
	/** Record fields other than the ids are null or left out, by record. */
	sparseFields: boolean;
	/** Dates written in other formats (French, `/Date(ms)/`, UTC, offset, 7 decimals), by record. */
	oddDates: boolean;
	/** Text fields carry non-ASCII characters; some are tens of thousands of characters long. */
	longValues: boolean;
}

const BOOLEAN_SWITCHES = [
	'ignoreMax',
	'ignorePage',
	'dayOnlyDates',
	'sparseFields',
	'oddDates',
	'longValues',
] as const;
type BooleanSwitch = (typeof BOOLEAN_SWITCHES)[number];

const TRANSPORT_KINDS: readonly FaultKind[] = [
	'status',
	'delay',
	'reset',
	'malformedJson',
	'htmlError',
	'expireTokens',
];
const PAGE_KINDS: readonly FaultKind[] = ['lateFlag'];
const ENVELOPE_KINDS: readonly FaultKind[] = ['missingListKey', 'lyingTotal'];
const ALL_KINDS: readonly FaultKind[] = [...TRANSPORT_KINDS, ...PAGE_KINDS, ...ENVELOPE_KINDS];
const TARGETS: readonly FaultTarget[] = ['data', 'login', 'any'];
const GARBAGE_STYLES: readonly LoginGarbage[] = ['html', 'empty', 'object'];

const NO_SWITCHES: FaultSwitches = {
	ignoreMax: false,
	ignorePage: false,
	dayOnlyDates: false,
	loginGarbage: false,
	sparseFields: false,
	oddDates: false,
	longValues: false,
};

export class FaultBook {
	private pending: PendingFault[] = [];
	private activeSwitches: FaultSwitches = { ...NO_SWITCHES };

	/** All or nothing: one invalid spec and none is added. */
	add(specs: readonly FaultSpec[]): void {
		const validated = specs.map(validateFault);
		this.pending.push(...validated);
	}

	/** Takes one use of the first transport fault waiting for this kind of request. */
	takeTransportFault(category: 'data' | 'login'): PendingFault | undefined {
		return this.take((fault) => TRANSPORT_KINDS.includes(fault.kind) && targets(fault, category));
	}

	takePageFault(): PendingFault | undefined {
		return this.take((fault) => PAGE_KINDS.includes(fault.kind) && targets(fault, 'data'));
	}

	takeEnvelopeFault(): PendingFault | undefined {
		return this.take((fault) => ENVELOPE_KINDS.includes(fault.kind) && targets(fault, 'data'));
	}

	get switches(): FaultSwitches {
		return this.activeSwitches;
	}

	setSwitches(changes: Partial<Record<keyof FaultSwitches, unknown>>): void {
		if (changes === null || typeof changes !== 'object' || Array.isArray(changes)) {
			throw new ControlInputError('switches must be an object');
		}
		const next = { ...this.activeSwitches };
		for (const [name, value] of Object.entries(changes)) {
			if (name === 'loginGarbage') {
				next.loginGarbage = validateGarbage(value);
			} else if (BOOLEAN_SWITCHES.includes(name as BooleanSwitch)) {
				if (typeof value !== 'boolean') {
					throw new ControlInputError(`${name} must be true or false`);
				}
				next[name as BooleanSwitch] = value;
			} else {
				throw new ControlInputError(`Unknown switch: ${name}`);
			}
		}
		this.activeSwitches = next;
	}

	clear(): void {
		this.pending = [];
		this.activeSwitches = { ...NO_SWITCHES };
	}

	snapshot(): { pending: PendingFault[]; switches: FaultSwitches } {
		return { pending: this.pending.map((fault) => ({ ...fault })), switches: { ...this.switches } };
	}

	/** The first wanted fault that is due; the wanted ones still waiting count this request. */
	private take(isWanted: (fault: PendingFault) => boolean): PendingFault | undefined {
		const wanted = this.pending.filter(isWanted);
		const fault = wanted.find((candidate) => (candidate.after ?? 0) === 0);
		for (const waiting of wanted) {
			if ((waiting.after ?? 0) > 0) waiting.after = (waiting.after ?? 0) - 1;
		}
		if (fault === undefined) return undefined;
		fault.count--;
		if (fault.count === 0) this.pending.splice(this.pending.indexOf(fault), 1);
		return { ...fault };
	}
}

function targets(fault: PendingFault, category: 'data' | 'login'): boolean {
	return fault.target === 'any' || fault.target === category;
}

function validateGarbage(value: unknown): false | LoginGarbage {
	if (value === false) return false;
	if (value === true) return 'html';
	if (GARBAGE_STYLES.includes(value as LoginGarbage)) return value as LoginGarbage;
	throw new ControlInputError(
		`loginGarbage must be false, true or one of ${GARBAGE_STYLES.join(', ')}`,
	);
}

export function validateFault(spec: FaultSpec): PendingFault {
	if (spec === null || typeof spec !== 'object') {
		throw new ControlInputError('A fault must be an object');
	}
	if (!ALL_KINDS.includes(spec.kind)) {
		throw new ControlInputError(`kind must be one of ${ALL_KINDS.join(', ')}`);
	}
	const target = spec.target ?? 'data';
	if (!TARGETS.includes(target)) {
		throw new ControlInputError(`target must be one of ${TARGETS.join(', ')}`);
	}
	const fault: PendingFault = {
		kind: spec.kind,
		count: requireInteger('count', spec.count ?? 1, 1, 1_000_000),
		target,
	};
	if (spec.after !== undefined) fault.after = requireInteger('after', spec.after, 0, 1_000_000);
	if (spec.kind === 'status') {
		fault.status = requireInteger('status', spec.status ?? 503, 400, 599);
		if (spec.retryAfterSeconds !== undefined) {
			fault.retryAfterSeconds = requireInteger(
				'retryAfterSeconds',
				spec.retryAfterSeconds,
				0,
				86400,
			);
		}
	}
	if (spec.kind === 'delay') {
		fault.delayMs = requireInteger('delayMs', spec.delayMs ?? 1000, 0, 600_000);
	}
	if (spec.kind === 'lyingTotal') {
		fault.totalDelta = requireInteger(
			'totalDelta',
			spec.totalDelta ?? 1,
			-1_000_000_000,
			1_000_000_000,
		);
	}
	return fault;
}
