import { control, fetchPage, useSimulator } from './simulatorHarness';
import type { Json } from './simulatorHarness';

describe('simulator flagging', () => {
	const simulator = useSimulator({ records: 120, clockStart: '2025-03-10T08:00:00Z' });

	afterEach(() => simulator().reset());

	it('flags new projects now, by the given collaborator, after the older ones', async () => {
		simulator().setClock({ now: '2025-03-12T13:45:10.600Z' });
		const result = simulator().flag({
			endpoint: 'CRMAlertes/Projets',
			count: 2,
			email: 'new.user@acme-btp.example',
		});
		expect(result).toEqual({
			endpoint: 'CRMAlertes/Projets',
			ids: [expect.any(String), expect.any(String)],
			flaggedAt: '2025-03-12T14:45:10',
			flaggedAtIso: '2025-03-12T13:45:10.000Z',
		});
		const { body } = await fetchPage(simulator(), 'CRMAlertes/Projets', { Page: 120 });
		expect(body.PROJETS.map((project: Json) => project.ID_PROJET)).toEqual(result.ids);
		expect(body.PROJETS[0].ACTION).toMatchObject({
			EMAIL_TAG: 'new.user@acme-btp.example',
			DATE_TAG: '2025-03-12T14:45:10',
		});
		const byEmail = await fetchPage(simulator(), 'CRMAlertes/Projets', {
			Emails: 'NEW.USER@acme-btp.example',
			DateDebut: '2025-03-12',
		});
		expect(byEmail.body.TOTAL).toBe(2);
	});

	it('flags through POST /__sim/flag by trigger event, for every endpoint', async () => {
		for (const event of [
			'emailAlertReceived',
			'projectFlagged',
			'companyFlagged',
			'batipulseProjectFlagged',
			'batipulseCompanyFlagged',
		]) {
			const { status, body } = await control(simulator(), 'POST', 'flag', {
				endpoint: event,
				count: 1,
			});
			expect(status).toBe(200);
			expect(body.ids).toHaveLength(1);
			expect(body.ids[0]).toBeDefined();
		}
		const batipulse = await fetchPage(simulator(), 'CRMAlertes/Batipulse/Societes', { Page: 120 });
		expect(batipulse.body.societes).toHaveLength(1);
		expect(batipulse.body.total).toBe(121);
	});

	it('sends a flagged alert now, with its projects', async () => {
		const { ids } = simulator().flag({
			endpoint: 'CRMAlertes/Alertes',
			email: 'boss@acme-btp.example',
		});
		const { body } = await fetchPage(simulator(), 'CRMAlertes/Alertes', {
			Emails: 'boss@acme-btp.example',
		});
		expect(body.ALERTES).toHaveLength(1);
		expect(body.ALERTES[0]).toMatchObject({
			ID_ALERTE: ids[0],
			EMAIL_DESTINATAIRE: 'boss@acme-btp.example',
		});
		expect(body.TOTAL).toBe(body.ALERTES[0].PROJETS.length);
	});

	it('keeps flag-date order when the clock was set back into the generated history', async () => {
		const all = (await fetchPage(simulator(), 'CRMAlertes/Societes', { Max: 1000 })).body.SOCIETES;
		simulator().setClock({ now: '2025-02-01T12:00:00Z' });
		const { ids } = simulator().flag({ endpoint: 'CRMAlertes/Societes', count: 2 });
		const walked: Json[] = [];
		for (let offset = 0; offset < 122; offset += 7) {
			walked.push(
				...(await fetchPage(simulator(), 'CRMAlertes/Societes', { Page: offset, Max: 7 })).body
					.SOCIETES,
			);
		}
		expect(walked).toHaveLength(122);
		const dates = walked.map((company) => company.ACTION.DATE_TAG);
		expect([...dates].sort()).toEqual(dates);
		const flaggedAt = walked.findIndex((company) => company.IDENTIFIANT_SOCIETE_EXPLORE === ids[0]);
		expect(
			all.filter((company: Json) => company.ACTION.DATE_TAG <= '2025-02-01T13:00:00'),
		).toHaveLength(flaggedAt);
	});

	it.each([
		[{ endpoint: 'CRMAlertes/Nope' }],
		[{}],
		[{ endpoint: 'projectFlagged', count: 0 }],
		[{ endpoint: 'projectFlagged', count: 100_001 }],
		[{ endpoint: 'projectFlagged', email: 42 }],
	])('answers 400 for %j', async (request) => {
		const { status, body } = await control(simulator(), 'POST', 'flag', request);
		expect(status).toBe(400);
		expect(body.Message).toEqual(expect.any(String));
	});

	it('forgets flagged records on reset', async () => {
		simulator().flag({ endpoint: 'projectFlagged', count: 5 });
		await control(simulator(), 'POST', 'reset');
		expect((await fetchPage(simulator(), 'CRMAlertes/Projets', {})).body.TOTAL).toBe(120);
	});
});
