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

export function wallClockAt(instant: Date, timeZone: string = EXPLORE_TIME_ZONE): WallClock {
	const parts: Record<string, number> = {};
	for (const part of formatterFor(timeZone).formatToParts(instant)) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	}
	return {
		year: parts.year,
		month: parts.month,
		day: parts.day,
		hour: parts.hour,
		minute: parts.minute,
		second: parts.second,
	};
}

function offsetMinutesAt(instant: Date, timeZone: string): number {
	const w = wallClockAt(instant, timeZone);
	const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
	return Math.round((wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
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

/** ISO 8601 with the zone's offset, e.g. `2026-11-03T14:05:00+01:00`. */
export function toOffsetIso(instant: Date, timeZone: string = EXPLORE_TIME_ZONE): string {
	const offset = offsetMinutesAt(instant, timeZone);
	const sign = offset < 0 ? '-' : '+';
	const abs = Math.abs(offset);
	return `${formatWallDateTime(wallClockAt(instant, timeZone))}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const NAIVE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/** Parses `yyyy-MM-dd[THH:mm[:ss[.fff]]]` without a zone as wall-clock time in `timeZone`. */
export function parseNaiveDateTime(text: string, timeZone: string): Date | undefined {
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
	const instant = instantOfWallClock(wall, timeZone);
	return Number.isNaN(instant.getTime()) ? undefined : instant;
}
