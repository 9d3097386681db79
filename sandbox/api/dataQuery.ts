import { API_PARAMETERS } from '../../nodes/Explore/endpoints';
import type { FaultSwitches } from '../faults';
import type { WallClock } from '../parisTime';
import { endOfParisDay, instantOfParisWallClock, startOfParisDay } from '../parisTime';
import type { FormFields } from './formFields';

/** The parameters of a data request, checked and in simulator terms. */
export interface DataQuery {
	fromMs?: number;
	toMs?: number;
	/** Lower-case addresses, or null for no filter. */
	emails: string[] | null;
	offset: number;
	/** `Max`, capped at the configured page size. */
	pageSize: number;
}

export type DataQueryResult = { query: DataQuery } | { invalid: Record<string, string[]> };

// INVENTED (the documentation is silent): Max defaults to 100; a missing DateDebut or DateFin
// leaves that side open; Emails splits on commas and semicolons; a date with a zone is refused.
const DEFAULT_PAGE_SIZE = 100;
const INT32_MAX = 2_147_483_647;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/;

export function parseDataQuery(
	fields: FormFields,
	maxPageSize: number,
	switches: FaultSwitches,
): DataQueryResult {
	const invalid: Record<string, string[]> = {};
	const reject = (name: string, message: string) => (invalid[name] = [message]);
	const present = (name: string) => {
		const value = fields.get(name)?.trim();
		return value === undefined || value === '' ? undefined : value;
	};

	const from = parseBound(present(API_PARAMETERS.dateFrom), 'start', switches.dayOnlyDates);
	const to = parseBound(present(API_PARAMETERS.dateTo), 'end', switches.dayOnlyDates);
	if (from === null) reject(API_PARAMETERS.dateFrom, notValid(fields, API_PARAMETERS.dateFrom));
	if (to === null) reject(API_PARAMETERS.dateTo, notValid(fields, API_PARAMETERS.dateTo));

	const offset = parseInt32(present(API_PARAMETERS.offset), 0);
	if (offset === null) reject(API_PARAMETERS.offset, notValid(fields, API_PARAMETERS.offset));
	else if (offset < 0) reject(API_PARAMETERS.offset, 'Page must be 0 or more.');

	const max = parseInt32(present(API_PARAMETERS.pageSize), DEFAULT_PAGE_SIZE);
	if (max === null) reject(API_PARAMETERS.pageSize, notValid(fields, API_PARAMETERS.pageSize));
	else if (max < 1) reject(API_PARAMETERS.pageSize, 'Max must be 1 or more.');

	if (Object.keys(invalid).length > 0) return { invalid };
	const emails = (present(API_PARAMETERS.emails) ?? '')
		.split(/[,;]/)
		.map((email) => email.trim().toLowerCase())
		.filter((email) => email !== '');
	return {
		query: {
			fromMs: from ?? undefined,
			toMs: to ?? undefined,
			emails: emails.length > 0 ? emails : null,
			offset: offset as number,
			pageSize: Math.min(max as number, maxPageSize),
		},
	};
}

/** ASP.NET's model-binding wording. */
function notValid(fields: FormFields, name: string): string {
	return `The value '${fields.get(name) ?? ''}' is not valid for ${name}.`;
}

function parseInt32(text: string | undefined, fallback: number): number | null {
	if (text === undefined) return fallback;
	if (!/^[+-]?\d{1,10}$/.test(text)) return null;
	const value = Number(text);
	return Math.abs(value) > INT32_MAX ? null : value;
}

/**
 * `yyyy-MM-dd[THH:mm[:ss[.fffffff]]]`, Paris time: undefined when absent, null when invalid.
 * A date alone means the whole day: its start for DateDebut, its last second for DateFin.
 */
function parseBound(
	text: string | undefined,
	side: 'start' | 'end',
	dayOnly: boolean,
): number | null | undefined {
	if (text === undefined) return undefined;
	const match = DATE_TIME.exec(text);
	if (match === null) return null;
	const wall: WallClock = {
		year: Number(match[1]),
		month: Number(match[2]),
		day: Number(match[3]),
		hour: Number(match[4] ?? 0),
		minute: Number(match[5] ?? 0),
		second: Number(match[6] ?? 0),
	};
	if (!isRealWallClock(wall)) return null;
	const instant = instantOfParisWallClock(wall);
	const dateOnly = match[4] === undefined;
	if (dayOnly || dateOnly) {
		return side === 'start' ? startOfParisDay(instant) : endOfParisDay(instant);
	}
	const fraction = match[7] === undefined ? 0 : Math.floor(Number(`0.${match[7]}`) * 1000);
	return instant + fraction;
}

function isRealWallClock(wall: WallClock): boolean {
	const calendar = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
	return (
		wall.year >= 1900 &&
		calendar.getUTCMonth() === wall.month - 1 &&
		calendar.getUTCDate() === wall.day &&
		wall.hour <= 23 &&
		wall.minute <= 59 &&
		wall.second <= 59
	);
}
