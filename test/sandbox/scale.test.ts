/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a development tool run by Node, never shipped in the n8n package */
import { COLLABORATOR_EMAILS } from '../../sandbox/data/collaborators';
import { fetchPage, useSimulator } from './simulatorHarness';
import type { Json } from './simulatorHarness';

const RECORDS = 100_000;

describe('simulator with 100 000 records per endpoint', () => {
	const heapBefore = process.memoryUsage().heapUsed;
	const simulator = useSimulator({ records: RECORDS, clockStart: '2025-01-31T12:00:00Z' });

	/** Records generated while `run` ran: the simulator's only per-record work. */
	const generatedDuring = async (run: () => Promise<unknown>): Promise<number> => {
		const before = simulator().workCounters().recordsGenerated;
		await run();
		return simulator().workCounters().recordsGenerated - before;
	};

	it('generates nothing up front and holds no records in memory', () => {
		expect(simulator().workCounters().recordsGenerated).toBe(0);
		expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(50 * 1024 * 1024);
	});

	it('generates only the page asked for, even at the very end', async () => {
		let body: Json = {};
		const generated = await generatedDuring(async () => {
			body = (await fetchPage(simulator(), 'CRMAlertes/Projets', { Page: RECORDS - 30, Max: 50 }))
				.body;
		});
		expect(body).toMatchObject({ TOTAL: RECORDS, NOMBRE_RESULTATS: 30, PAGE: 2000 });
		expect(generated).toBe(30);
	});

	it('finds a date window at the end by binary search, not by generating records', async () => {
		const last = (
			await fetchPage(simulator(), 'CRMAlertes/Societes', { Page: RECORDS - 1, Max: 1 })
		).body.SOCIETES[0];
		const day = last.ACTION.DATE_TAG.slice(0, 10);
		let body: Json = {};
		const generated = await generatedDuring(async () => {
			body = (await fetchPage(simulator(), 'CRMAlertes/Societes', { DateDebut: day, Max: 10 }))
				.body;
		});
		expect(body.TOTAL).toBeGreaterThan(100);
		expect(body.TOTAL).toBeLessThan(2000);
		expect(generated).toBe(10);
	});

	it('pages an e-mail filter near its end at the cost of the page alone', async () => {
		const email = COLLABORATOR_EMAILS[3];
		const { total: TOTAL } = (
			await fetchPage(simulator(), 'CRMAlertes/Batipulse/Projets', { Emails: email, Max: 1 })
		).body as Json;
		expect(TOTAL).toBeGreaterThan(RECORDS / COLLABORATOR_EMAILS.length - 10);
		let body: Json = {};
		const generated = await generatedDuring(async () => {
			body = (
				await fetchPage(simulator(), 'CRMAlertes/Batipulse/Projets', {
					Emails: email,
					Page: TOTAL - 20,
					Max: 100,
				})
			).body;
		});
		expect(body.projets).toHaveLength(20);
		expect(body.projets.every((project: Json) => project.action.emailTag === email)).toBe(true);
		expect(generated).toBe(20);
	});

	it('pages alert projects near the end at the cost of the page alone', async () => {
		const { TOTAL } = (await fetchPage(simulator(), 'CRMAlertes/Alertes', { Max: 1 })).body as Json;
		expect(TOTAL).toBeGreaterThan(RECORDS);
		let body: Json = {};
		const generated = await generatedDuring(async () => {
			body = (await fetchPage(simulator(), 'CRMAlertes/Alertes', { Page: TOTAL - 40, Max: 40 }))
				.body;
		});
		const projects = body.ALERTES.reduce(
			(sum: number, alert: Json) => sum + alert.PROJETS.length,
			0,
		);
		expect(projects).toBe(40);
		expect(generated).toBe(40 + body.ALERTES.length);
	});
});
