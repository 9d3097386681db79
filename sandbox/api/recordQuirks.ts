import { ALERT_PROJECTS_KEY, EXPLORE_ENDPOINTS } from '../../nodes/Explore/endpoints';
import type { ApiRecord } from '../data/flagBlock';
import { hashText } from '../data/seededRandom';
import type { FaultSwitches } from '../faults';
import { instantOfParisWallClock } from '../parisTime';

// INVENTED: nothing says EXPLORE answers like this; these switches check the nodes cope if it does.
// Each record is spoilt the same way on every request (chosen by its id), as a real API would.

type Quirk = (record: ApiRecord, variant: number) => ApiRecord;

/** Ids and the alert's project list stay as they are: without them there is nothing to test. */
const STRUCTURE_FIELDS = new Set([...EXPLORE_ENDPOINTS.map((e) => e.idField), ALERT_PROJECTS_KEY]);
const PARIS_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;
const NON_ASCII = ' — Œuvre « Île-de-France » ½ € 𝄞 🏗️ 工事 عمل\u200b';
const LONG_LENGTH = 20_000;

const isPlainRecord = (value: unknown): value is ApiRecord =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** Applies `quirk` to the record and to each record of its nested lists (an alert's projects). */
function eachRecord(record: ApiRecord, quirk: Quirk): ApiRecord {
	const id = Object.entries(record).find(([name]) => STRUCTURE_FIELDS.has(name))?.[1];
	const spoilt = quirk(record, hashText(String(id ?? JSON.stringify(record))));
	for (const [name, value] of Object.entries(spoilt)) {
		if (Array.isArray(value) && value.every(isPlainRecord)) {
			spoilt[name] = value.map((nested) => eachRecord(nested, quirk));
		}
	}
	return spoilt;
}

function mapFields(
	record: ApiRecord,
	change: (name: string, value: unknown) => unknown,
): ApiRecord {
	const changed: ApiRecord = {};
	for (const [name, value] of Object.entries(record)) {
		const next = STRUCTURE_FIELDS.has(name) ? value : change(name, value);
		if (next !== undefined) changed[name] = next;
	}
	return changed;
}

/** Every field null, every field left out, or the fields of nested blocks (ACTION) null. */
const sparseFields: Quirk = (record, variant) => {
	const style = variant % 3;
	return mapFields(record, (_name, value) => {
		if (style === 0) return null;
		if (style === 1) return undefined;
		return isPlainRecord(value) ? mapFields(value, () => null) : value;
	});
};

function rewriteDate(text: string, style: number): string {
	const match = PARIS_DATE_TIME.exec(text);
	if (match === null) return text;
	const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
	const instantMs = instantOfParisWallClock({ year, month, day, hour, minute, second });
	const offsetMinutes = (Date.UTC(year, month - 1, day, hour, minute, second) - instantMs) / 60_000;
	const offset = `+${String(offsetMinutes / 60).padStart(2, '0')}:00`;
	const [, y, mo, d, h, mi, s] = match;
	switch (style) {
		case 0:
			return `${d}/${mo}/${y} ${h}:${mi}:${s}`;
		case 1:
			return `/Date(${instantMs})/`;
		case 2:
			return new Date(instantMs).toISOString().replace('.000Z', 'Z');
		case 3:
			return `${text}${offset}`;
		default:
			return `${text}.0000000`;
	}
}

/** French, ASP.NET `/Date(ms)/`, UTC with Z, with an offset, or with seven decimals. */
const oddDates: Quirk = (record, variant) => {
	const rewrite = (_name: string, value: unknown): unknown => {
		if (typeof value === 'string') return rewriteDate(value, variant % 5);
		return isPlainRecord(value) ? mapFields(value, rewrite) : value;
	};
	return mapFields(record, rewrite);
};

const isPlainText = (value: unknown): value is string =>
	typeof value === 'string' &&
	!PARIS_DATE_TIME.test(value) &&
	!value.includes('@') &&
	!value.startsWith('http');

/** Non-ASCII in every text field; in one record out of four, the first text field is very long. */
const longValues: Quirk = (record, variant) => {
	let longOneDone = variant % 4 !== 0;
	return mapFields(record, (_name, value) => {
		if (!isPlainText(value)) return value;
		const decorated = `${value}${NON_ASCII}`;
		if (longOneDone) return decorated;
		longOneDone = true;
		return decorated.repeat(Math.ceil(LONG_LENGTH / decorated.length));
	});
};

/** The record switches that are on (sparseFields, oddDates, longValues), applied to a page. */
export function applyRecordQuirks(records: ApiRecord[], switches: FaultSwitches): ApiRecord[] {
	const quirks: Quirk[] = [];
	if (switches.sparseFields) quirks.push(sparseFields);
	if (switches.oddDates) quirks.push(oddDates);
	if (switches.longValues) quirks.push(longValues);
	return quirks.reduce((page, quirk) => page.map((record) => eachRecord(record, quirk)), records);
}
