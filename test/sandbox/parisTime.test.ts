import {
	endOfParisDay,
	formatParisDateTime,
	instantOfParisWallClock,
	parisDayStamp,
	parisWallClock,
	startOfParisDay,
} from '../../sandbox/parisTime';

const intlParis = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Paris',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23',
});

describe('Paris time', () => {
	it('agrees with the time zone database every 37 minutes from 2020 to 2030', () => {
		const step = 37 * 60 * 1000;
		const disagreements: string[] = [];
		for (let instant = Date.UTC(2020, 0, 1); instant < Date.UTC(2030, 0, 1); instant += step) {
			const expected = intlParis.format(instant).replace(' ', 'T');
			if (formatParisDateTime(instant) !== expected) disagreements.push(expected);
		}
		expect(disagreements).toEqual([]);
	});

	it.each([
		['2025-03-30T00:59:59Z', '2025-03-30T01:59:59'],
		['2025-03-30T01:00:00Z', '2025-03-30T03:00:00'],
		['2025-10-26T00:59:59Z', '2025-10-26T02:59:59'],
		['2025-10-26T01:00:00Z', '2025-10-26T02:00:00'],
	])('changes clocks at the EU instant: %s is %s in Paris', (utc, paris) => {
		expect(formatParisDateTime(Date.parse(utc))).toBe(paris);
	});

	it('turns Paris wall-clock times back into instants', () => {
		const instant = instantOfParisWallClock({
			year: 2025,
			month: 7,
			day: 14,
			hour: 9,
			minute: 30,
			second: 0,
		});
		expect(new Date(instant).toISOString()).toBe('2025-07-14T07:30:00.000Z');
		expect(parisWallClock(instant)).toEqual({
			year: 2025,
			month: 7,
			day: 14,
			hour: 9,
			minute: 30,
			second: 0,
		});
	});

	it('knows where a Paris day starts and ends, 23 hours long in March', () => {
		const inside = Date.parse('2025-03-30T12:00:00Z');
		expect(new Date(startOfParisDay(inside)).toISOString()).toBe('2025-03-29T23:00:00.000Z');
		expect(new Date(endOfParisDay(inside)).toISOString()).toBe('2025-03-30T21:59:59.999Z');
		expect(parisDayStamp(Date.parse('2024-01-14T23:30:00Z'))).toBe('20240115');
	});
});
