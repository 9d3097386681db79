import { COLLABORATOR_EMAILS } from '../../sandbox/data/collaborators';
import { fetchPage, useSimulator } from './simulatorHarness';

const CLOCK_START = '2025-06-15T10:00:00Z';

interface FlaggedProject {
	ID_PROJET: string;
	ACTION: { DATE_TAG: string; EMAIL_TAG: string };
}

describe('simulator date and e-mail filters', () => {
	const simulator = useSimulator({ records: 300, clockStart: CLOCK_START });
	let everything: FlaggedProject[];

	const projects = async (parameters: Record<string, string | number>) => {
		const answer = await fetchPage(simulator(), 'CRMAlertes/Projets', { Max: 1000, ...parameters });
		expect(answer.status).toBe(200);
		return answer.body as { PROJETS: FlaggedProject[]; TOTAL: number };
	};

	beforeAll(async () => {
		everything = (await projects({})).PROJETS;
	});

	afterEach(() => simulator().reset());

	it('spreads the flags over the 90 days before the clock start, oldest first', () => {
		expect(everything).toHaveLength(300);
		const dates = everything.map((project) => project.ACTION.DATE_TAG);
		expect([...dates].sort()).toEqual(dates);
		expect(dates[0] >= '2025-03-17').toBe(true);
		expect(dates[dates.length - 1] < '2025-06-15T12:00:00').toBe(true);
	});

	it('includes records flagged exactly at DateDebut and at DateFin', async () => {
		const from = everything[100].ACTION.DATE_TAG;
		const to = everything[150].ACTION.DATE_TAG;
		const { PROJETS, TOTAL } = await projects({ DateDebut: from, DateFin: to });
		const expected = everything.filter((p) => p.ACTION.DATE_TAG >= from && p.ACTION.DATE_TAG <= to);
		expect(PROJETS.map((p) => p.ID_PROJET)).toEqual(expected.map((p) => p.ID_PROJET));
		expect(TOTAL).toBe(expected.length);
		expect(PROJETS[0].ACTION.DATE_TAG).toBe(from);
		expect(PROJETS[PROJETS.length - 1].ACTION.DATE_TAG).toBe(to);
	});

	it('reads a date-only DateFin as the whole day', async () => {
		const day = everything[200].ACTION.DATE_TAG.slice(0, 10);
		const { PROJETS } = await projects({ DateDebut: day, DateFin: day });
		const expected = everything.filter((p) => p.ACTION.DATE_TAG.startsWith(day));
		expect(expected.length).toBeGreaterThan(0);
		expect(PROJETS.map((p) => p.ID_PROJET)).toEqual(expected.map((p) => p.ID_PROJET));
	});

	it('reads dates as Paris time', async () => {
		simulator().setClock({ now: '2025-07-01T22:30:00Z' });
		const { ids } = simulator().flag({ endpoint: 'CRMAlertes/Projets' });
		const onParisDay = await projects({ DateDebut: '2025-07-02', DateFin: '2025-07-02' });
		expect(onParisDay.PROJETS.map((p) => p.ID_PROJET)).toEqual(ids);
		expect(onParisDay.PROJETS[0].ACTION.DATE_TAG).toBe('2025-07-02T00:30:00');
		const onUtcDay = await projects({ DateDebut: '2025-07-01', DateFin: '2025-07-01' });
		expect(onUtcDay.TOTAL).toBe(0);
		const toTheSecond = await projects({
			DateDebut: '2025-07-02T00:30:00',
			DateFin: '2025-07-02T00:30:00',
		});
		expect(toTheSecond.TOTAL).toBe(1);
	});

	it('treats missing bounds as open and an inverted window as empty', async () => {
		const middle = everything[150].ACTION.DATE_TAG;
		expect((await projects({ DateDebut: middle })).TOTAL).toBe(150);
		expect((await projects({ DateFin: middle })).TOTAL).toBe(151);
		expect((await projects({ DateDebut: '2025-06-01', DateFin: '2025-05-01' })).TOTAL).toBe(0);
	});

	it.each([
		'2025-13-01',
		'2025-02-29',
		'yesterday',
		'2025-06-01T25:00:00',
		'2025-06-01T10:00:00Z',
		'15/06/2025',
	])('answers 400 with a Message for DateDebut=%s', async (value) => {
		const answer = await fetchPage(simulator(), 'CRMAlertes/Projets', { DateDebut: value });
		expect(answer.status).toBe(400);
		expect(answer.body.Message).toEqual(expect.any(String));
		expect(answer.body.ModelState.DateDebut).toEqual([
			`The value '${value}' is not valid for DateDebut.`,
		]);
	});

	it('filters on who flagged the record, ignoring case', async () => {
		const claire = COLLABORATOR_EMAILS[0];
		const { PROJETS, TOTAL } = await projects({ Emails: claire.toUpperCase() });
		const expected = everything.filter((p) => p.ACTION.EMAIL_TAG === claire);
		expect(TOTAL).toBe(expected.length);
		expect(PROJETS.map((p) => p.ID_PROJET)).toEqual(expected.map((p) => p.ID_PROJET));
	});

	it.each([',', ';', ' ; '])('accepts several addresses separated by "%s"', async (separator) => {
		const wanted = [COLLABORATOR_EMAILS[1], COLLABORATOR_EMAILS[4]];
		const { TOTAL, PROJETS } = await projects({ Emails: wanted.join(separator) });
		const expected = everything.filter((p) => wanted.includes(p.ACTION.EMAIL_TAG));
		expect(TOTAL).toBe(expected.length);
		expect(PROJETS.map((p) => p.ID_PROJET)).toEqual(expected.map((p) => p.ID_PROJET));
	});

	it('combines the e-mail filter with the date window and the offset', async () => {
		const email = COLLABORATOR_EMAILS[2];
		const from = everything[60].ACTION.DATE_TAG;
		const to = everything[240].ACTION.DATE_TAG;
		const expected = everything.filter(
			(p) => p.ACTION.EMAIL_TAG === email && p.ACTION.DATE_TAG >= from && p.ACTION.DATE_TAG <= to,
		);
		const page = await projects({ Emails: email, DateDebut: from, DateFin: to, Page: 5, Max: 7 });
		expect(page.TOTAL).toBe(expected.length);
		expect(page.PROJETS.map((p) => p.ID_PROJET)).toEqual(
			expected.slice(5, 12).map((p) => p.ID_PROJET),
		);
	});

	it('returns nothing for an address that flagged nothing, and everything for an empty filter', async () => {
		expect((await projects({ Emails: 'nobody@elsewhere.example' })).TOTAL).toBe(0);
		expect((await projects({ Emails: ' ' })).TOTAL).toBe(300);
	});
});
