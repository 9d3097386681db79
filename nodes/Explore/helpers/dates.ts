import {
	EXPLORE_TIME_ZONE,
	formatOffset,
	formatWallDate,
	formatWallDateTime,
	parseNaiveDateTime,
	parseNaiveWallClock,
	toOffsetIso,
	wallClockAt,
	wholeDayOffsetMinutes,
} from '../auth/timeZones';
import type { WallClock } from '../auth/timeZones';

/** How DateDebut/DateFin are written. GUESS: the API may look only at the day. */
export type ApiDateFormat = 'dateTime' | 'date';

export const DEFAULT_API_DATE_FORMAT: ApiDateFormat = 'dateTime';

interface DateLike {
	toJSDate?: () => Date;
	toISO?: () => string | null;
}

/**
 * Reads a date given in a node field: an ISO string with or without zone (without: the workflow's
 * time zone, as n8n's date picker means it), a JS Date, a Luxon DateTime, or epoch milliseconds.
 */
export function parseUserDate(value: unknown, workflowTimeZone: string): Date | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	if (typeof value === 'number') return Number.isFinite(value) ? new Date(value) : undefined;
	if (value !== null && typeof value === 'object') {
		const dateLike = value as DateLike;
		if (typeof dateLike.toJSDate === 'function')
			return parseUserDate(dateLike.toJSDate(), workflowTimeZone);
		return undefined;
	}
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const naive = parseNaiveDateTime(value, workflowTimeZone);
	if (naive !== undefined) return naive;
	if (!/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) return undefined;
	const zoned = new Date(value.trim());
	return Number.isNaN(zoned.getTime()) ? undefined : zoned;
}

/** DateDebut/DateFin: Paris wall-clock time, without zone. */
export function formatApiDate(instant: Date, format: ApiDateFormat): string {
	const wall = wallClockAt(instant, EXPLORE_TIME_ZONE);
	return format === 'date' ? formatWallDate(wall) : formatWallDateTime(wall);
}

/** How EXPLORE writes a date, `2026-09-05T21:16:40`, with a valid time of day. */
const EXPLORE_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

const dayOffsets = new Map<string, string | null>();

const isCalendarDay = ({ year, month, day }: WallClock) =>
	new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;

/**
 * `+02:00` for a Paris day on which the clocks do not change (one offset holds all day long), null
 * on a day they change or for a text that is no calendar day. Worked out once per day.
 */
function wholeDayOffsetText(day: string): string | null {
	let offset = dayOffsets.get(day);
	if (offset === undefined) {
		const wall = parseNaiveWallClock(day);
		const minutes =
			wall && isCalendarDay(wall) ? wholeDayOffsetMinutes(wall, EXPLORE_TIME_ZONE) : undefined;
		offset = minutes === undefined ? null : formatOffset(minutes);
		if (dayOffsets.size > 50_000) dayOffsets.clear();
		dayOffsets.set(day, offset);
	}
	return offset;
}

/** A date from an EXPLORE record (Paris time, no zone) as ISO 8601 with offset; other text as is. */
export function normalizeRecordDate(value: unknown): unknown {
	if (typeof value !== 'string') return value ?? null;
	if (EXPLORE_DATE_TIME.test(value)) {
		const offset = wholeDayOffsetText(value.slice(0, 10));
		if (offset !== null) return `${value}${offset}`;
	}
	const instant = parseNaiveDateTime(value, EXPLORE_TIME_ZONE);
	return instant === undefined ? value : toOffsetIso(instant);
}

/** The instant of a record date (Paris time, no zone, or with a zone), if it is one. */
export function recordDateInstant(value: unknown): Date | undefined {
	return typeof value === 'string' ? parseUserDate(value, EXPLORE_TIME_ZONE) : undefined;
}
