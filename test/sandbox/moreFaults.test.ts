import { fetchPage, login, useSimulator } from './simulatorHarness';
import type { Json } from './simulatorHarness';

const PATH = 'CRMAlertes/Projets';
const ALERTS = 'CRMAlertes/Alertes';
const ids = (body: Json): string[] => body.PROJETS.map((record: Json) => record.ID_PROJET);

describe('simulator faults for the fault matrix', () => {
	const simulator = useSimulator({ records: 40, clockStart: '2025-05-20T09:00:00Z' });

	afterEach(() => simulator().reset());

	it('lets `after` matching requests pass before a fault applies', async () => {
		simulator().addFault({ kind: 'status', status: 500, after: 2 });
		expect((await fetchPage(simulator(), PATH)).status).toBe(200);
		expect((await fetchPage(simulator(), PATH)).status).toBe(200);
		expect((await fetchPage(simulator(), PATH)).status).toBe(500);
		expect((await fetchPage(simulator(), PATH)).status).toBe(200);
	});

	it('expireTokens: every token issued so far is refused, a new login works', async () => {
		const token = await login(simulator());
		simulator().addFault({ kind: 'expireTokens', after: 1 });
		expect((await fetchPage(simulator(), PATH, {}, token)).status).toBe(200);
		const expired = await fetchPage(simulator(), PATH, {}, token);
		expect(expired.status).toBe(401);
		expect(expired.body.Message).toBe('Authorization has been denied for this request.');
		expect((await fetchPage(simulator(), PATH, {}, await login(simulator()))).status).toBe(200);
	});

	it('lateFlag repeats the last record of the previous page and hides the late one', async () => {
		const before = ids((await fetchPage(simulator(), PATH, { Max: 100 })).body);
		simulator().addFault({ kind: 'lateFlag' });
		const first = ids((await fetchPage(simulator(), PATH, { Max: 10 })).body);
		const second = ids((await fetchPage(simulator(), PATH, { Page: 10, Max: 10 })).body);
		expect(first).toEqual(before.slice(0, 10));
		expect(second[0]).toBe(first[9]);
		expect(second.slice(1)).toEqual(before.slice(10, 19));
		const after = ids((await fetchPage(simulator(), PATH, { Max: 100 })).body);
		expect(after).toHaveLength(41);
		expect(after.filter((id) => !before.includes(id))).toHaveLength(1);
		expect(simulator().requests()[2].fault).toBe('lateFlag');
	});

	it('lateFlag waits for a request past the first page', async () => {
		simulator().addFault({ kind: 'lateFlag' });
		await fetchPage(simulator(), PATH, { Max: 10 });
		expect(simulator().faults().pending).toHaveLength(1);
	});

	it('sparseFields: ids stay, other fields are null, missing, or null inside ACTION', async () => {
		simulator().setSwitches({ sparseFields: true });
		const { body } = await fetchPage(simulator(), PATH, { Max: 40 });
		const records: Json[] = body.PROJETS;
		expect(records.every((record) => typeof record.ID_PROJET === 'string')).toBe(true);
		expect(records.some((record) => record.TITRE === null && record.ACTION === null)).toBe(true);
		expect(records.some((record) => !('TITRE' in record) && !('ACTION' in record))).toBe(true);
		expect(records.some((record) => record.ACTION?.DATE_TAG === null)).toBe(true);
		const again = await fetchPage(simulator(), PATH, { Max: 40 });
		expect(again.body).toEqual(body);
	});

	it('sparseFields keeps the projects of an alert', async () => {
		simulator().setSwitches({ sparseFields: true });
		const { body } = await fetchPage(simulator(), ALERTS, { Max: 20 });
		expect(body.ALERTES.every((alert: Json) => Array.isArray(alert.PROJETS))).toBe(true);
	});

	it('oddDates writes dates in five other formats, the same for a record every time', async () => {
		simulator().setSwitches({ oddDates: true });
		const { body } = await fetchPage(simulator(), PATH, { Max: 40 });
		const flagDates: string[] = body.PROJETS.map((record: Json) => record.ACTION.DATE_TAG);
		const formats = [
			/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/,
			/^\/Date\(\d+\)\/$/,
			/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
			/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/,
			/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.0000000$/,
		];
		for (const format of formats) expect(flagDates.some((date) => format.test(date))).toBe(true);
		expect(flagDates.every((date) => formats.some((format) => format.test(date)))).toBe(true);
		expect((await fetchPage(simulator(), PATH, { Max: 40 })).body).toEqual(body);
	});

	it('oddDates keeps the instant: UTC and /Date()/ agree with the Paris time', async () => {
		const plain = (await fetchPage(simulator(), PATH, { Max: 40 })).body.PROJETS;
		simulator().setSwitches({ oddDates: true });
		const odd = (await fetchPage(simulator(), PATH, { Max: 40 })).body.PROJETS;
		odd.forEach((record: Json, index: number) => {
			const date: string = record.ACTION.DATE_TAG;
			const utc = /^\/Date\((\d+)\)\/$/.exec(date)?.[1] ?? (date.endsWith('Z') ? date : undefined);
			if (utc === undefined) return;
			const instant = /^\d+$/.test(utc) ? Number(utc) : Date.parse(utc);
			const parisDate = plain[index].ACTION.DATE_TAG as string;
			const offsetHours = (Date.parse(`${parisDate}Z`) - instant) / 3_600_000;
			expect([1, 2]).toContain(offsetHours);
		});
	});

	it('longValues adds non-ASCII to text fields and makes some very long', async () => {
		simulator().setSwitches({ longValues: true });
		const { body } = await fetchPage(simulator(), PATH, { Max: 40 });
		const titles: string[] = body.PROJETS.map((record: Json) => record.TITRE);
		expect(titles.every((title) => title.includes('Œuvre') && title.includes('🏗️'))).toBe(true);
		expect(Math.max(...titles.map((title) => title.length))).toBeGreaterThanOrEqual(20_000);
		expect(body.PROJETS[0].ACTION.EMAIL_TAG).toMatch(/^[a-z.]+@acme-btp\.example$/);
	});

	it('knows every secret it issued or received: keys, tokens, signatures', async () => {
		const token = await login(simulator());
		const signed = simulator().signQuery({ Max: '1' });
		await fetchPage(simulator(), PATH, signed, '');
		expect(simulator().issuedSecrets()).toEqual(
			expect.arrayContaining(['demo-client-key', 'demo-secret-key', token, signed.Signature]),
		);
		simulator().reset();
		expect(simulator().issuedSecrets()).toContain(token);
		expect(simulator().stats().tokensIssued).toBe(0);
	});

	it('counts the logins that issued a token', async () => {
		simulator().setSwitches({ loginGarbage: 'object' });
		await expect(login(simulator())).resolves.toBeUndefined();
		simulator().setSwitches({ loginGarbage: false });
		await login(simulator());
		expect(simulator().stats()).toMatchObject({ logins: 2, tokensIssued: 1 });
	});
});
