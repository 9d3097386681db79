/** EXPLORE is a French service: its dates carry no zone and mean Europe/Paris wall-clock time. */

export interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

const HOUR_MS = 3600_000;

/** 01:00 UTC on the last Sunday of a month: when EU clocks change. */
function lastSundayChangeUtc(year: number, monthIndex: number): number {
	const lastDay = Date.UTC(year, monthIndex + 1, 0);
	return lastDay - new Date(lastDay).getUTCDay() * 24 * HOUR_MS + HOUR_MS;
}

/**
 * UTC+2 from the last Sunday of March to the last Sunday of October, else UTC+1: the EU rule
 * Paris follows since 1996. Arithmetic, because Intl formatting costs more than a whole record.
 */
function parisOffsetMs(instantMs: number): number {
	const summer = summerTimeOf(new Date(instantMs).getUTCFullYear());
	return instantMs >= summer.start && instantMs < summer.end ? 2 * HOUR_MS : HOUR_MS;
}

const summerTimes = new Map<number, { start: number; end: number }>();

function summerTimeOf(year: number): { start: number; end: number } {
	let summer = summerTimes.get(year);
	if (summer === undefined) {
		summer = { start: lastSundayChangeUtc(year, 2), end: lastSundayChangeUtc(year, 9) };
		summerTimes.set(year, summer);
	}
	return summer;
}

export function parisWallClock(instantMs: number): WallClock {
	const shifted = new Date(instantMs + parisOffsetMs(instantMs));
	return {
		year: shifted.getUTCFullYear(),
		month: shifted.getUTCMonth() + 1,
		day: shifted.getUTCDate(),
		hour: shifted.getUTCHours(),
		minute: shifted.getUTCMinutes(),
		second: shifted.getUTCSeconds(),
	};
}

function wallAsUtcMs(wall: WallClock): number {
	return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** The instant at which Paris clocks read `wall` (the offset is re-read once for DST edges). */
export function instantOfParisWallClock(wall: WallClock): number {
	const asUtc = wallAsUtcMs(wall);
	const firstGuess = asUtc - parisOffsetMs(asUtc);
	return asUtc - parisOffsetMs(firstGuess);
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function formatWallDate(wall: Pick<WallClock, 'year' | 'month' | 'day'>): string {
	return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** `yyyy-MM-ddTHH:mm:ss`, no zone: how ASP.NET / Json.NET writes a local DateTime. */
export function formatParisDateTime(instantMs: number): string {
	const wall = parisWallClock(instantMs);
	return `${formatWallDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}

/** `yyyyMMdd` of the Paris day: the day part of the signed mode's cipher key. */
export function parisDayStamp(instantMs: number): string {
	return formatWallDate(parisWallClock(instantMs)).replace(/-/g, '');
}

export function startOfParisDay(instantMs: number): number {
	const wall = parisWallClock(instantMs);
	return instantOfParisWallClock({ ...wall, hour: 0, minute: 0, second: 0 });
}

/** The last millisecond of the Paris day that contains `instantMs`. */
export function endOfParisDay(instantMs: number): number {
	const wall = parisWallClock(instantMs);
	const nextDay = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1));
	const nextMidnight = instantOfParisWallClock({
		year: nextDay.getUTCFullYear(),
		month: nextDay.getUTCMonth() + 1,
		day: nextDay.getUTCDate(),
		hour: 0,
		minute: 0,
		second: 0,
	});
	return nextMidnight - 1;
}

const DAY_MS = 24 * HOUR_MS;
const datesByDayNumber = new Map<number, string>();

/** `yyyy-MM-dd` of a day counted from 1970-01-01, cached: generated records reuse few days. */
function dateOfDayNumber(dayNumber: number): string {
	let date = datesByDayNumber.get(dayNumber);
	if (date === undefined) {
		date = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
		datesByDayNumber.set(dayNumber, date);
	}
	return date;
}

/** The Paris calendar day of an instant, counted from 1970-01-01. */
export function parisDayNumber(instantMs: number): number {
	return Math.floor((instantMs + parisOffsetMs(instantMs)) / DAY_MS);
}

/** `yyyy-MM-ddTHH:mm:ss` for a Paris day (see parisDayNumber) shifted by `days`, at `time`. */
export function parisDateShifted(dayNumber: number, days: number, time = '00:00:00'): string {
	return `${dateOfDayNumber(dayNumber + days)}T${time}`;
}
