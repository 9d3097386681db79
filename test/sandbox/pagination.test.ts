import { fetchPage, useSimulator } from './simulatorHarness';
import type { Json } from './simulatorHarness';

const PATH = 'CRMAlertes/Societes';

describe('simulator offset pagination', () => {
	const simulator = useSimulator({ records: 250, maxPageSize: 40 });

	const ids = (body: Json): number[] =>
		body.SOCIETES.map((company: Record<string, number>) => company.IDENTIFIANT_SOCIETE_EXPLORE);

	afterEach(() => simulator().reset());

	it('uses Page as an item offset and Max as the page size', async () => {
		const first = await fetchPage(simulator(), PATH, { Page: 0, Max: 13 });
		const shifted = await fetchPage(simulator(), PATH, { Page: 3, Max: 10 });
		expect(ids(shifted.body)).toEqual(ids(first.body).slice(3, 13));
		expect(shifted.body).toMatchObject({
			TOTAL: 250,
			NOMBRE_RESULTATS: 10,
			NOMBRE_PAGES: 25,
			PAGE: 1,
		});
	});

	it('numbers PAGE as floor(offset / Max) + 1 and NOMBRE_PAGES as ceil(TOTAL / Max)', async () => {
		const { body } = await fetchPage(simulator(), PATH, { Page: 30, Max: 15 });
		expect(body).toMatchObject({ TOTAL: 250, NOMBRE_RESULTATS: 15, NOMBRE_PAGES: 17, PAGE: 3 });
	});

	it('answers 100 records when Max is absent, capped at maxPageSize', async () => {
		const { body } = await fetchPage(simulator(), PATH, {});
		expect(body.SOCIETES).toHaveLength(40);
		simulator().configure({ maxPageSize: 1000 });
		expect((await fetchPage(simulator(), PATH, {})).body.SOCIETES).toHaveLength(100);
	});

	it('silently truncates a larger Max to maxPageSize', async () => {
		const { status, body } = await fetchPage(simulator(), PATH, { Max: 500 });
		expect(status).toBe(200);
		expect(body).toMatchObject({ NOMBRE_RESULTATS: 40, NOMBRE_PAGES: 7, TOTAL: 250 });
	});

	it('walks every record exactly once, in flag-date then id order', async () => {
		const seen: number[] = [];
		const dates: string[] = [];
		for (let offset = 0; offset < 250; offset += 40) {
			const { body } = await fetchPage(simulator(), PATH, { Page: offset, Max: 40 });
			seen.push(...ids(body));
			dates.push(...body.SOCIETES.map((company: Json) => company.ACTION.DATE_TAG));
		}
		expect(seen).toHaveLength(250);
		expect(new Set(seen).size).toBe(250);
		const order = seen.map((id, i) => `${dates[i]}|${String(id).padStart(12, '0')}`);
		expect([...order].sort()).toEqual(order);
	});

	it('answers a short last page and an empty page past the end', async () => {
		const last = await fetchPage(simulator(), PATH, { Page: 240, Max: 40 });
		expect(last.body).toMatchObject({ NOMBRE_RESULTATS: 10, PAGE: 7, TOTAL: 250 });
		const past = await fetchPage(simulator(), PATH, { Page: 1000, Max: 40 });
		expect(past.body).toMatchObject({ SOCIETES: [], NOMBRE_RESULTATS: 0, TOTAL: 250 });
	});

	it.each([
		['Max', '0'],
		['Max', '-5'],
		['Max', '2.5'],
		['Max', 'ten'],
		['Page', '-1'],
		['Page', '1e3'],
		['Page', '99999999999'],
	])('answers 400 for %s=%s', async (name, value) => {
		const { status, body } = await fetchPage(simulator(), PATH, { [name]: value });
		expect(status).toBe(400);
		expect(body.Message).toEqual(expect.any(String));
		expect(body.ModelState[name]).toHaveLength(1);
	});

	it('reports 0 pages and page 1 when nothing matches', async () => {
		const { body } = await fetchPage(simulator(), PATH, { DateDebut: '2100-01-01', Max: 10 });
		expect(body).toEqual({ SOCIETES: [], TOTAL: 0, NOMBRE_RESULTATS: 0, NOMBRE_PAGES: 0, PAGE: 1 });
	});

	it('appends newly flagged records after the older ones, in the paging order', async () => {
		const { ids: flagged } = simulator().flag({ endpoint: 'companyFlagged', count: 3 });
		const { body } = await fetchPage(simulator(), PATH, { Page: 250, Max: 40 });
		expect(ids(body)).toEqual(flagged);
		expect(body.TOTAL).toBe(253);
	});
});
