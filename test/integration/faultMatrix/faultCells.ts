import type { FaultSpec, FaultSwitches } from '../../../sandbox/server';
import type { RecordCheck } from './recordChecks';
import { datesKeptOrNormalized, nullWhereMissing, textKeptExactly } from './recordChecks';

/** What a run under the fault must end with. */
export type Outcome =
	| { complete: true }
	| {
			complete: false;
			/** The NodeApiError's message: names the cause. */
			message: RegExp;
			/** Its description: says how to fix it. */
			description: RegExp;
	  };

/** One cell of the fault matrix: how the simulator misbehaves, and what must come of it. */
export interface FaultCell {
	name: string;
	/** Every token answers 401 until the next login (the run starts with a valid cached token). */
	revoke?: boolean;
	faults?: FaultSpec[];
	switches?: Partial<FaultSwitches>;
	/** The switches describe how this API always answers: later runs see them too. */
	keepSwitches?: boolean;
	/** The node's Timeout option, for the cells where an answer never comes. */
	timeoutSeconds?: number;
	outcome: Outcome;
	/** Login calls the run makes. */
	logins?: number;
	/** Checks the waits the transport asked for (n8n's sleep is recorded, not slept). */
	checkSleeps?: (sleepsMs: number[]) => void;
	checkRecords?: RecordCheck;
	/** The randomized soak may throw it at the trigger (it keeps each flag's identity). */
	inSoak: boolean;
}

const WHAT = 'projects flagged in EXPLORE';
const COMPLETE: Outcome = { complete: true };
const EVERY_PAGE = 1000;

const burst = (status: number, count: number): FaultCell => ({
	name: `${status} burst (${count} in a row)`,
	faults: [{ kind: 'status', status, count }],
	outcome: COMPLETE,
	logins: 0,
	checkSleeps: (sleeps) => expect(sleeps).toHaveLength(count),
	inSoak: true,
});

export const FAULT_CELLS: FaultCell[] = [
	{
		name: 'token expired mid-pagination',
		faults: [{ kind: 'expireTokens', after: 2 }],
		outcome: COMPLETE,
		logins: 1,
		inSoak: true,
	},
	{
		name: 'token revoked (every token refused until a new login)',
		revoke: true,
		outcome: COMPLETE,
		logins: 1,
		inSoak: true,
	},
	{
		name: 'login endpoint down for two calls (503)',
		revoke: true,
		faults: [{ kind: 'status', status: 503, target: 'login', count: 2 }],
		outcome: COMPLETE,
		logins: 3,
		inSoak: true,
	},
	{
		name: 'login endpoint down (503 on every call)',
		revoke: true,
		faults: [{ kind: 'status', status: 503, target: 'login', count: EVERY_PAGE }],
		outcome: {
			complete: false,
			message: /^The EXPLORE login call failed with HTTP 503$/,
			description: /could not issue a token right now\. Try again later/,
		},
		logins: 5,
		inSoak: true,
	},
	{
		name: 'login endpoint answering garbage (HTML, status 200)',
		revoke: true,
		switches: { loginGarbage: 'html' },
		outcome: {
			complete: false,
			message: /^The EXPLORE Authentification call returned .*: no usable token$/,
			description: /Base URL may not point to the EXPLORE API/,
		},
		logins: 5,
		inSoak: true,
	},
	{
		name: '429 with Retry-After',
		faults: [{ kind: 'status', status: 429, retryAfterSeconds: 2, count: 2 }],
		outcome: COMPLETE,
		checkSleeps: (sleeps) => expect(sleeps).toEqual([2000, 2000]),
		inSoak: true,
	},
	{
		name: '429 without Retry-After',
		faults: [{ kind: 'status', status: 429, count: 2 }],
		outcome: COMPLETE,
		checkSleeps: (sleeps) => {
			expect(sleeps).toHaveLength(2);
			expect(sleeps[0]).toBeGreaterThanOrEqual(500);
			expect(sleeps[1]).toBeLessThanOrEqual(2000);
		},
		inSoak: true,
	},
	{
		name: '429 with a Retry-After longer than the allowed wait',
		faults: [{ kind: 'status', status: 429, retryAfterSeconds: 120, count: EVERY_PAGE }],
		outcome: {
			complete: false,
			message: /^EXPLORE is limiting the request rate \(HTTP 429\); it asked to wait 120 s$/,
			description: /Run the workflow less often, use a larger Page Size/,
		},
		checkSleeps: (sleeps) => expect(sleeps).toEqual([]),
		inSoak: true,
	},
	burst(500, 2),
	burst(502, 2),
	burst(503, 3),
	{
		name: '503 on every call',
		faults: [{ kind: 'status', status: 503, count: EVERY_PAGE }],
		outcome: {
			complete: false,
			message: new RegExp(`^EXPLORE failed to answer for ${WHAT} \\(HTTP 503\\) after 5 attempts$`),
			description: /EXPLORE service has a problem\. Try again later/,
		},
		checkSleeps: (sleeps) => {
			expect(sleeps).toHaveLength(4);
			expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(90_000);
		},
		inSoak: true,
	},
	{
		name: 'an answer that never arrives, once (timeout)',
		faults: [{ kind: 'delay', delayMs: 600_000 }],
		timeoutSeconds: 1,
		outcome: COMPLETE,
		inSoak: false,
	},
	{
		name: 'an answer that never arrives (timeout on every call)',
		faults: [{ kind: 'delay', delayMs: 600_000, count: EVERY_PAGE }],
		timeoutSeconds: 1,
		outcome: {
			complete: false,
			message: /^EXPLORE did not answer within 1 s \(5 attempts\)$/,
			description: /raise the Timeout option/,
		},
		inSoak: false,
	},
	{
		name: 'connection reset in the middle of the body, twice',
		faults: [{ kind: 'reset', count: 2 }],
		outcome: COMPLETE,
		checkSleeps: (sleeps) => expect(sleeps).toHaveLength(2),
		inSoak: true,
	},
	{
		name: 'connection reset in the middle of the body, every call',
		faults: [{ kind: 'reset', count: EVERY_PAGE }],
		outcome: {
			complete: false,
			message: /^The connection to EXPLORE broke off \(5 attempts\)$/,
			description: /^The connection was interrupted \(ECONNRESET\)\. Try again later/,
		},
		inSoak: true,
	},
	{
		name: 'malformed JSON',
		faults: [{ kind: 'malformedJson', after: 1 }],
		outcome: {
			complete: false,
			message: new RegExp(
				`^EXPLORE answered the request for ${WHAT} with something that is not JSON: \\{"TOTAL"`,
			),
			description: /EXPLORE has a temporary problem: try again later/,
		},
		inSoak: true,
	},
	{
		name: 'an HTML error page with status 200',
		faults: [{ kind: 'htmlError' }],
		outcome: {
			complete: false,
			message: /with something that is not JSON: <!DOCTYPE html>.*Une erreur est survenue/,
			description: /The Base URL may point to a web page instead of the API/,
		},
		inSoak: true,
	},
	{
		name: 'an envelope without its list key',
		faults: [{ kind: 'missingListKey', after: 1 }],
		outcome: {
			complete: false,
			message:
				/in an unexpected shape: The answer has no "PROJETS" list \(found: TOTAL, NOMBRE_RESULTATS, NOMBRE_PAGES, PAGE\)$/,
			description: /EXPLORE may have changed this service/,
		},
		inSoak: true,
	},
	{
		name: 'TOTAL larger than reality',
		faults: [{ kind: 'lyingTotal', totalDelta: 50, count: EVERY_PAGE }],
		outcome: COMPLETE,
		inSoak: true,
	},
	{
		name: 'TOTAL smaller than reality',
		faults: [{ kind: 'lyingTotal', totalDelta: -50, count: EVERY_PAGE }],
		outcome: COMPLETE,
		inSoak: true,
	},
	{
		name: 'the server ignoring Max (everything at once)',
		switches: { ignoreMax: true },
		outcome: COMPLETE,
		inSoak: true,
	},
	{
		name: 'the server ignoring Page (the same page again)',
		switches: { ignorePage: true },
		outcome: {
			complete: false,
			message:
				/stopped paging through projects flagged in EXPLORE: the page at offset 25 only repeated records already received \(the API seems to ignore the Page offset\)$/,
			description: /^Nothing was lost, but the list could not be completed/,
		},
		inSoak: true,
	},
	{
		name: 'the same record on two pages (a late flag shifts the list)',
		faults: [{ kind: 'lateFlag', after: 1 }],
		outcome: COMPLETE,
		inSoak: false,
	},
	{
		name: 'records with missing or null fields',
		switches: { sparseFields: true },
		keepSwitches: true,
		outcome: COMPLETE,
		checkRecords: nullWhereMissing,
		inSoak: false,
	},
	{
		name: 'dates in unexpected formats',
		switches: { oddDates: true },
		keepSwitches: true,
		outcome: COMPLETE,
		checkRecords: datesKeptOrNormalized,
		inSoak: false,
	},
	{
		name: 'non-ASCII and very long field values',
		switches: { longValues: true },
		keepSwitches: true,
		outcome: COMPLETE,
		checkRecords: textKeptExactly,
		inSoak: false,
	},
];
