import {
	EXPLORE_TIME_ZONE,
	formatWallDate,
	formatWallDateTime,
	parseNaiveDateTime,
	toOffsetIso,
	wallClockAt,
} from '../auth/timeZones';

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

const normalizedDates = new Map<string, string>();

/** A date from an EXPLORE record (Paris time, no zone) as ISO 8601 with offset; other text as is. */
export function normalizeRecordDate(value: unknown): unknown {
	if (typeof value !== 'string') return value ?? null;
	let normalized = normalizedDates.get(value);
	if (normalized === undefined) {
		const instant = parseNaiveDateTime(value, EXPLORE_TIME_ZONE);
		normalized = instant === undefined ? value : toOffsetIso(instant);
		if (normalizedDates.size > 20_000) normalizedDates.clear();
		normalizedDates.set(value, normalized);
	}
	return normalized;
}

/** The instant of a record date (Paris time, no zone, or with a zone), if it is one. */
export function recordDateInstant(value: unknown): Date | undefined {
	return typeof value === 'string' ? parseUserDate(value, EXPLORE_TIME_ZONE) : undefined;
}
