import {
	formatApiDate,
	normalizeRecordDate,
	parseUserDate,
} from '../../nodes/Explore/helpers/dates';
import { buildFilterForm } from '../../nodes/Explore/helpers/filters';

describe('dates sent to EXPLORE', () => {
	it('writes an instant as Paris wall-clock time, winter and summer', () => {
		expect(formatApiDate(new Date('2026-01-15T10:00:00Z'), 'dateTime')).toBe('2026-01-15T11:00:00');
		expect(formatApiDate(new Date('2026-07-15T10:00:00Z'), 'dateTime')).toBe('2026-07-15T12:00:00');
		expect(formatApiDate(new Date('2026-07-15T22:30:00Z'), 'date')).toBe('2026-07-16');
	});

	it('reads a zone-less date in the workflow time zone', () => {
		expect(parseUserDate('2026-03-01T08:00:00', 'America/New_York')?.toISOString()).toBe(
			'2026-03-01T13:00:00.000Z',
		);
		expect(parseUserDate('2026-03-01', 'Europe/Paris')?.toISOString()).toBe(
			'2026-02-28T23:00:00.000Z',
		);
	});

	it('reads ISO dates with a zone, JS dates and Luxon-like objects', () => {
		expect(parseUserDate('2026-03-01T08:00:00Z', 'Europe/Paris')?.toISOString()).toBe(
			'2026-03-01T08:00:00.000Z',
		);
		const date = new Date('2026-03-01T08:00:00Z');
		expect(parseUserDate(date, 'UTC')).toBe(date);
		expect(parseUserDate({ toJSDate: () => date }, 'UTC')?.getTime()).toBe(date.getTime());
	});

	it.each(['yesterday', '2026-13-01', '2026-01-01T25:00:00', '01/02/2026', ''])(
		'refuses %p',
		(text) => expect(parseUserDate(text, 'UTC')).toBeUndefined(),
	);

	it('turns record dates (Paris, no zone) into ISO with offset and leaves odd ones as they are', () => {
		expect(normalizeRecordDate('2026-11-03T14:05:00')).toBe('2026-11-03T14:05:00+01:00');
		expect(normalizeRecordDate('03/11/2026')).toBe('03/11/2026');
		expect(normalizeRecordDate(null)).toBeNull();
		expect(normalizeRecordDate(undefined)).toBeNull();
	});

	it('turns record dates of the days the clocks change, and of impossible days, into the right ISO', () => {
		expect(normalizeRecordDate('2026-03-29T01:59:59')).toBe('2026-03-29T01:59:59+01:00');
		expect(normalizeRecordDate('2026-03-29T02:30:00')).toBe('2026-03-29T03:30:00+02:00');
		expect(normalizeRecordDate('2026-03-29T03:00:00')).toBe('2026-03-29T03:00:00+02:00');
		expect(normalizeRecordDate('2026-10-25T01:00:00')).toBe('2026-10-25T01:00:00+02:00');
		expect(normalizeRecordDate('2026-10-25T03:30:00')).toBe('2026-10-25T03:30:00+01:00');
		expect(normalizeRecordDate('2026-02-31T10:00:00')).toBe('2026-03-03T10:00:00+01:00');
		expect(normalizeRecordDate('2026-07-01T24:00:00')).toBe('2026-07-01T24:00:00');
		expect(normalizeRecordDate('2026-07-01 10:00')).toBe('2026-07-01T10:00:00+02:00');
	});
});

describe('request filters', () => {
	const build = (input: object) => buildFilterForm(input, 'dateTime', 'Europe/Paris');

	it('sends DateDebut, DateFin and the e-mails joined by commas', () => {
		const result = build({
			dateFrom: '2026-01-01T00:00:00',
			dateTo: '2026-01-31T23:59:59',
			emails: 'A@example.com; b@example.com\nc@example.com',
		});
		expect('form' in result && result.form.toString()).toBe(
			'DateDebut=2026-01-01T00%3A00%3A00&DateFin=2026-01-31T23%3A59%3A59&Emails=a%40example.com%2Cb%40example.com%2Cc%40example.com',
		);
	});

	it('refuses Date From after Date To before any call', () => {
		const result = build({ dateFrom: '2026-02-01', dateTo: '2026-01-01' });
		expect(result).toEqual({
			problem: expect.objectContaining({ message: 'Date From is after Date To' }),
		});
	});

	it('names an invalid date and says how to fix it', () => {
		const result = build({ dateFrom: 'last monday' });
		expect(result).toEqual({
			problem: {
				message: 'Date From "last monday" is not a valid date',
				description: expect.stringMatching(/ISO date/),
			},
		});
	});

	it.each(['not-an-email', 'a@b.fr&Max=100000', 'x@y.fr=1', 'a@b'])(
		'refuses the e-mail %p (no parameter can be smuggled in)',
		(emails) => {
			const result = build({ emails });
			expect(result).toHaveProperty('problem.message', expect.stringMatching(/not a valid email/));
		},
	);

	it('form-encodes values so that & = and new lines cannot add parameters', () => {
		const result = build({ emails: 'x@example.com' });
		const form = 'form' in result ? result.form : new URLSearchParams();
		form.set('Emails', 'a@b.fr&Max=1\nPage=9=');
		expect([...new URLSearchParams(form.toString()).keys()]).toEqual(['Emails']);
	});
});
