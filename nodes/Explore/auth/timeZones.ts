/** EXPLORE is a French service: its dates carry no zone and mean Europe/Paris local time. */
export const EXPLORE_TIME_ZONE = 'Europe/Paris';

export interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (formatter === undefined) {
		formatter = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			hourCycle: 'h23',
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** Zones change offset only on a quarter hour, so one Intl call per zone and quarter hour is exact. */
const QUARTER_HOUR_MS = 15 * 60_000;
const offsetCaches = new Map<string, Map<number, number>>();

function offsetMinutesAt(instant: Date, timeZone: string): number {
	const quarter = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
	let offsetCache = offsetCaches.get(timeZone);
	if (offsetCache === undefined) {
		offsetCache = new Map();
		offsetCaches.set(timeZone, offsetCache);
	}
	let offset = offsetCache.get(quarter);
	if (offset === undefined) {
		const start = quarter * QUARTER_HOUR_MS;
		const parts: Record<string, number> = {};
		for (const part of formatterFor(timeZone).formatToParts(new Date(start))) {
			if (part.type !== 'literal') parts[part.type] = Number(part.value);
		}
		const wallAsUtc = Date.UTC(
			parts.year,
			parts.month - 1,
			parts.day,
			parts.hour,
			parts.minute,
			parts.second,
		);
		offset = Math.round((wallAsUtc - start) / 60_000);
		if (offsetCache.size > 50_000) offsetCache.clear();
		offsetCache.set(quarter, offset);
	}
	return offset;
}

export function wallClockAt(instant: Date, timeZone: string = EXPLORE_TIME_ZONE): WallClock {
	const shifted = new Date(instant.getTime() + offsetMinutesAt(instant, timeZone) * 60_000);
	return {
		year: shifted.getUTCFullYear(),
		month: shifted.getUTCMonth() + 1,
		day: shifted.getUTCDate(),
		hour: shifted.getUTCHours(),
		minute: shifted.getUTCMinutes(),
		second: shifted.getUTCSeconds(),
	};
}

/** The instant at which the clocks of `timeZone` read the given wall-clock time. */
export function instantOfWallClock(wall: WallClock, timeZone: string = EXPLORE_TIME_ZONE): Date {
	const wallAsUtc = Date.UTC(
		wall.year,
		wall.month - 1,
		wall.day,
		wall.hour,
		wall.minute,
		wall.second,
	);
	const firstGuess = new Date(wallAsUtc - offsetMinutesAt(new Date(wallAsUtc), timeZone) * 60000);
	return new Date(wallAsUtc - offsetMinutesAt(firstGuess, timeZone) * 60000);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function formatWallDate(wall: WallClock): string {
	return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

export function formatWallDateTime(wall: WallClock): string {
	return `${formatWallDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}

/** `yyyyMMdd` of the given instant in Paris: the day part of the signed mode's cipher key. */
export function parisDayStamp(instant: Date): string {
	return formatWallDate(wallClockAt(instant)).replace(/-/g, '');
}

/** `+01:00`, `-03:30`: an offset from UTC in minutes, as ISO 8601 writes it. */
export function formatOffset(offsetMinutes: number): string {
	const sign = offsetMinutes < 0 ? '-' : '+';
	const abs = Math.abs(offsetMinutes);
	return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 with the zone's offset, e.g. `2026-11-03T14:05:00+01:00`. */
export function toOffsetIso(instant: Date, timeZone: string = EXPLORE_TIME_ZONE): string {
	const offset = offsetMinutesAt(instant, timeZone);
	return `${formatWallDateTime(wallClockAt(instant, timeZone))}${formatOffset(offset)}`;
}

/**
 * The offset that holds from 00:00:00 to 23:59:59 of a wall-clock day, or undefined on a day the
 * clocks change. Zones change offset a few times a year at most, so on every other day each time
 * of day exists exactly once and one offset serves the whole day.
 */
export function wholeDayOffsetMinutes(wall: WallClock, timeZone: string): number | undefined {
	const at = (hour: number, minute: number, second: number) =>
		offsetMinutesAt(instantOfWallClock({ ...wall, hour, minute, second }, timeZone), timeZone);
	const midnight = at(0, 0, 0);
	return midnight === at(23, 59, 59) ? midnight : undefined;
}

const NAIVE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/** Reads `yyyy-MM-dd[THH:mm[:ss[.fff]]]` (no zone) as a wall-clock time; undefined if it is not one. */
export function parseNaiveWallClock(text: string): WallClock | undefined {
	const match = NAIVE_DATE_TIME.exec(text.trim());
	if (match === null) return undefined;
	const wall: WallClock = {
		year: Number(match[1]),
		month: Number(match[2]),
		day: Number(match[3]),
		hour: Number(match[4] ?? 0),
		minute: Number(match[5] ?? 0),
		second: Number(match[6] ?? 0),
	};
	if (wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.day > 31 || wall.hour > 23) {
		return undefined;
	}
	if (wall.minute > 59 || wall.second > 59) return undefined;
	return wall;
}

/** Parses `yyyy-MM-dd[THH:mm[:ss[.fff]]]` without a zone as wall-clock time in `timeZone`. */
export function parseNaiveDateTime(text: string, timeZone: string): Date | undefined {
	const wall = parseNaiveWallClock(text);
	if (wall === undefined) return undefined;
	const instant = instantOfWallClock(wall, timeZone);
	return Number.isNaN(instant.getTime()) ? undefined : instant;
}
