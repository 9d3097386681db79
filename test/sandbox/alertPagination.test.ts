import { fetchPage, useSimulator } from './simulatorHarness';

interface Alert {
	ID_ALERTE: number;
	EMAIL_DESTINATAIRE: string;
	DATE_ALERTE: string;
	PROJETS: { ID_PROJET: string }[];
}

/** Every (alert, project) pair of a page, in order. */
const pairsOf = (alerts: Alert[]) =>
	alerts.flatMap((alert) =>
		alert.PROJETS.map((project) => `${alert.ID_ALERTE}/${project.ID_PROJET}`),
	);

describe('simulator alert pagination (Page and Max count projects)', () => {
	const simulator = useSimulator({ records: 60 });
	let allPairs: string[];
	let allAlerts: Alert[];

	const alerts = async (parameters: Record<string, string | number>) =>
		(await fetchPage(simulator(), 'CRMAlertes/Alertes', parameters)).body;

	beforeAll(async () => {
		const body = await alerts({ Max: 1000 });
		allAlerts = body.ALERTES;
		allPairs = pairsOf(allAlerts);
	});

	it('counts TOTAL and NOMBRE_RESULTATS in projects, not alerts', async () => {
		expect(allAlerts).toHaveLength(60);
		const body = await alerts({ Max: 1000 });
		expect(body.TOTAL).toBe(allPairs.length);
		expect(body.NOMBRE_RESULTATS).toBe(allPairs.length);
		expect(allPairs.length).toBeGreaterThan(60);
		for (const alert of allAlerts) expect(alert.PROJETS.length).toBeGreaterThanOrEqual(1);
	});

	it('splits an alert across two pages, each with different projects', async () => {
		const splitIndex = allAlerts.findIndex((alert, index) => index > 0 && alert.PROJETS.length > 1);
		const split = allAlerts[splitIndex];
		const before = pairsOf(allAlerts.slice(0, splitIndex)).length;
		const first = await alerts({ Page: 0, Max: before + 1 });
		const second = await alerts({ Page: before + 1, Max: 1000 });
		const lastOfFirst = first.ALERTES[first.ALERTES.length - 1];
		expect(lastOfFirst.ID_ALERTE).toBe(split.ID_ALERTE);
		expect(lastOfFirst.PROJETS).toEqual([split.PROJETS[0]]);
		expect(second.ALERTES[0].ID_ALERTE).toBe(split.ID_ALERTE);
		expect(second.ALERTES[0].PROJETS).toEqual(split.PROJETS.slice(1));
		expect([...pairsOf(first.ALERTES), ...pairsOf(second.ALERTES)]).toEqual(allPairs);
	});

	it('gives every (alert, project) pair exactly once whatever the page size', async () => {
		for (const pageSize of [1, 3, 7]) {
			const walked: string[] = [];
			for (let offset = 0; offset < allPairs.length; offset += pageSize) {
				const body = await alerts({ Page: offset, Max: pageSize });
				expect(body.NOMBRE_RESULTATS).toBe(Math.min(pageSize, allPairs.length - offset));
				expect(body.PAGE).toBe(Math.floor(offset / pageSize) + 1);
				walked.push(...pairsOf(body.ALERTES));
			}
			expect(walked).toEqual(allPairs);
		}
	});

	it('filters on DATE_ALERTE and EMAIL_DESTINATAIRE', async () => {
		const recipient = allAlerts[5].EMAIL_DESTINATAIRE;
		const from = allAlerts[10].DATE_ALERTE;
		const to = allAlerts[40].DATE_ALERTE;
		const expected = allAlerts.filter(
			(alert) =>
				alert.EMAIL_DESTINATAIRE === recipient &&
				alert.DATE_ALERTE >= from &&
				alert.DATE_ALERTE <= to,
		);
		const body = await alerts({ Emails: recipient, DateDebut: from, DateFin: to, Max: 1000 });
		expect(body.ALERTES.map((alert: Alert) => alert.ID_ALERTE)).toEqual(
			expected.map((alert) => alert.ID_ALERTE),
		);
		expect(body.TOTAL).toBe(pairsOf(expected).length);
	});

	it('pages through a filtered alert list by projects too', async () => {
		const recipient = allAlerts[0].EMAIL_DESTINATAIRE;
		const expected = pairsOf(allAlerts.filter((alert) => alert.EMAIL_DESTINATAIRE === recipient));
		const walked: string[] = [];
		for (let offset = 0; offset < expected.length; offset += 2) {
			walked.push(...pairsOf((await alerts({ Emails: recipient, Page: offset, Max: 2 })).ALERTES));
		}
		expect(walked).toEqual(expected);
	});
});
