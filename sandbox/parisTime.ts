/** EXPLORE is a French service: its dates carry no zone and mean Europe/Paris wall-clock time. */

export interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

const parisFormatter = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Paris',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23',
});

export function parisWallClock(instantMs: number): WallClock {
	const parts: Record<string, number> = {};
	for (const part of parisFormatter.formatToParts(instantMs)) {
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

function wallAsUtcMs(wall: WallClock): number {
	return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

function parisOffsetMs(instantMs: number): number {
	return wallAsUtcMs(parisWallClock(instantMs)) - Math.floor(instantMs / 1000) * 1000;
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

/** Calendar arithmetic on a Paris date, returned as `yyyy-MM-ddTHH:mm:ss` at the given time. */
export function parisDateShifted(instantMs: number, days: number, time = '00:00:00'): string {
	const wall = parisWallClock(instantMs);
	const shifted = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
	const date = formatWallDate({
		year: shifted.getUTCFullYear(),
		month: shifted.getUTCMonth() + 1,
		day: shifted.getUTCDate(),
	});
	return `${date}T${time}`;
}
