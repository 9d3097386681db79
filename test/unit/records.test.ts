import {
	findEndpoint,
	findEndpointByEvent,
	EXPLORE_ENDPOINTS,
} from '../../nodes/Explore/endpoints';
import type { ExploreEndpoint } from '../../nodes/Explore/endpoints';
import { shapeOutput } from '../../nodes/Explore/helpers/output';
import { flagKey, readPage } from '../../nodes/Explore/helpers/records';
import type { ExplorePage } from '../../nodes/Explore/helpers/records';

const endpoint = (resource: string, operation: string) =>
	findEndpoint(resource, operation) as ExploreEndpoint;

const legacyProject = {
	ID_PROJET: 'P-1',
	TITRE: "Construction d'un groupe scolaire",
	THEME: 'Enseignement',
	SOUS_THEME: 'Écoles',
	SURFACE: 2400.5,
	MONTANT: 5200000,
	NB_LOT: 12,
	DATE_PUBLICATION: '2026-10-01T00:00:00',
	DATE_LIMITE_RECEPTION: '2026-11-15T12:00:00',
	ADRESSE: '12 rue de la Paix',
	CP: '69003',
	VILLE: 'Lyon',
	DEPARTEMENT: 'Rhône',
	URL_DETAIL: 'https://extranet.explore.fr/projet/P-1',
	ACTION: {
		EMAIL_TAG: 'camille.martin@example.com',
		STATUT: 'A traiter',
		DATE_TAG: '2026-11-03T14:05:00',
		AFFECTATION_EMAILS: [{ EMAIL: 'luc@example.com' }, { EMAIL: 'ana@example.com' }],
	},
};

const camelProject = {
	idProjet: 'P-1',
	titre: "Construction d'un groupe scolaire",
	theme: 'Enseignement',
	sousTheme: 'Écoles',
	surface: 2400.5,
	montant: 5200000,
	nbLot: 12,
	datePublication: '2026-10-01T00:00:00',
	dateLimiteReception: '2026-11-15T12:00:00',
	adresse: '12 rue de la Paix',
	cp: '69003',
	ville: 'Lyon',
	departement: 'Rhône',
	urlDetail: 'https://extranet.explore.fr/projet/P-1',
	action: {
		emailTag: 'camille.martin@example.com',
		statut: 'A traiter',
		dateTag: '2026-11-03T14:05:00',
		affectationEmails: [{ email: 'luc@example.com' }, { email: 'ana@example.com' }],
	},
};

const pageOf = (envelope: unknown, target: ExploreEndpoint): ExplorePage => {
	const read = readPage(envelope, target);
	if ('problem' in read) throw new Error(read.problem);
	return read.page;
};

describe('endpoint catalog', () => {
	it('has one entry per endpoint with unique operations and trigger events', () => {
		expect(EXPLORE_ENDPOINTS.map((e) => e.path)).toEqual([
			'CRMAlertes/Alertes',
			'CRMAlertes/Projets',
			'CRMAlertes/Batipulse/Projets',
			'CRMAlertes/Societes',
			'CRMAlertes/Batipulse/Societes',
		]);
		const operations = EXPLORE_ENDPOINTS.map((e) => `${e.resource}.${e.operation}`);
		expect(new Set(operations).size).toBe(5);
		expect(findEndpointByEvent('batipulseCompanyFlagged')?.path).toBe(
			'CRMAlertes/Batipulse/Societes',
		);
	});
});

describe('reading pages', () => {
	it('reads the documented RetourProjets envelope', () => {
		const page = pageOf(
			{ PROJETS: [legacyProject], TOTAL: 7, NOMBRE_RESULTATS: 1 },
			endpoint('project', 'getAll'),
		);
		expect(page.total).toBe(7);
		expect(page.units).toEqual([{ record: legacyProject }]);
	});

	it('reads the camelCase envelope of newer services', () => {
		const page = pageOf(
			{ projets: [camelProject], total: 1 },
			endpoint('project', 'getAllBatipulse'),
		);
		expect(page.total).toBe(1);
		expect(page.units).toHaveLength(1);
	});

	it('treats a null list as empty but a missing list as a wrong shape', () => {
		expect(pageOf({ PROJETS: null, TOTAL: 0 }, endpoint('project', 'getAll')).units).toEqual([]);
		expect(readPage({ Message: 'oops' }, endpoint('project', 'getAll'))).toEqual({
			problem: 'The answer has no "PROJETS" list (found: Message)',
		});
	});

	it('flattens alerts into one unit per related project (what Page and Max count)', () => {
		const page = pageOf(
			{
				ALERTES: [
					{
						ID_ALERTE: 'A1',
						LIBELLE_ALERTE: 'Écoles Rhône',
						PROJETS: [legacyProject, { ...legacyProject, ID_PROJET: 'P-2' }],
					},
					{ ID_ALERTE: 'A2', PROJETS: [] },
				],
				TOTAL: 2,
			},
			endpoint('emailAlert', 'getAll'),
		);
		expect(page.units.map((u) => [u.alert?.ID_ALERTE, u.record.ID_PROJET])).toEqual([
			['A1', 'P-1'],
			['A1', 'P-2'],
		]);
		expect(page.units[0].alert).not.toHaveProperty('PROJETS');
	});
});

describe('flag keys', () => {
	const projects = endpoint('project', 'getAll');
	it('differ for a second flag of the same record, not for a status change', () => {
		const first = flagKey({ record: legacyProject }, projects);
		const statusChanged = flagKey(
			{ record: { ...legacyProject, ACTION: { ...legacyProject.ACTION, STATUT: 'Gagné' } } },
			projects,
		);
		const flaggedAgain = flagKey(
			{
				record: {
					...legacyProject,
					ACTION: { ...legacyProject.ACTION, DATE_TAG: '2026-12-01T09:00:00' },
				},
			},
			projects,
		);
		expect(statusChanged).toBe(first);
		expect(flaggedAgain).not.toBe(first);
	});
	it('are the same for both naming generations', () => {
		expect(flagKey({ record: camelProject }, endpoint('project', 'getAllBatipulse'))).toBe(
			flagKey({ record: legacyProject }, projects),
		);
	});
});

describe('Simplify', () => {
	it('gives the same CRM-ready project from EXPLORE and Batipulse records', () => {
		const [fromExplore] = shapeOutput(endpoint('project', 'getAll'), [{ record: legacyProject }], {
			simplify: true,
			alertOutput: 'perAlert',
		});
		const [fromBatipulse] = shapeOutput(
			endpoint('project', 'getAllBatipulse'),
			[{ record: camelProject }],
			{ simplify: true, alertOutput: 'perAlert' },
		);
		expect(fromExplore).toEqual({ ...fromBatipulse, source: 'EXPLORE' });
		expect(fromExplore).toMatchObject({
			id: 'P-1',
			title: "Construction d'un groupe scolaire",
			amount: 5200000,
			lots: 12,
			postalCode: '69003',
			city: 'Lyon',
			responseDeadline: '2026-11-15T12:00:00+01:00',
			flaggedBy: 'camille.martin@example.com',
			flaggedAt: '2026-11-03T14:05:00+01:00',
			flagStatus: 'A traiter',
			assignedTo: 'luc@example.com, ana@example.com',
		});
	});

	it('gives the company shape with a boolean head office flag', () => {
		const company = {
			IDENTIFIANT_SOCIETE_EXPLORE: 123456789,
			SIREN: '552100554',
			SIRET: '55210055400013',
			RAISON_SOCIALE: 'BATI SUD SAS',
			SIEGE: 'O',
			LIB_FORME_J: 'SAS',
			ACTION: { EMAIL_TAG: 'camille.martin@example.com' },
		};
		const [simplified] = shapeOutput(endpoint('company', 'getAll'), [{ record: company }], {
			simplify: true,
			alertOutput: 'perAlert',
		});
		expect(simplified).toMatchObject({
			id: '123456789',
			siren: '552100554',
			name: 'BATI SUD SAS',
			headOffice: true,
			legalForm: 'SAS',
			source: 'EXPLORE',
		});
	});

	it('does not crash on missing, null or odd fields', () => {
		const odd = {
			ID_PROJET: null,
			MONTANT: 'n/a',
			DATE_DEBUT: 'bientôt',
			ACTION: null,
			TITRE: 'x'.repeat(10_000),
		};
		const [simplified] = shapeOutput(endpoint('project', 'getAll'), [{ record: odd as never }], {
			simplify: true,
			alertOutput: 'perAlert',
		});
		expect(simplified).toMatchObject({
			id: null,
			amount: null,
			startDate: 'bientôt',
			flaggedBy: null,
			assignedTo: null,
		});
		expect((simplified.title as string).length).toBe(10_000);
	});

	it('returns the record as it came when Simplify is off', () => {
		const [raw] = shapeOutput(endpoint('project', 'getAll'), [{ record: legacyProject }], {
			simplify: false,
			alertOutput: 'perAlert',
		});
		expect(raw).toBe(legacyProject);
	});

	it('groups alert projects back by alert, or gives one item per project', () => {
		const alerts = endpoint('emailAlert', 'getAll');
		const alertA = {
			ID_ALERTE: 'A1',
			LIBELLE_ALERTE: 'Écoles',
			DATE_ALERTE: '2026-11-03T08:00:00',
			EMAIL_DESTINATAIRE: 'camille@example.com',
		};
		const units = [
			{ record: legacyProject, alert: alertA },
			{ record: { ...legacyProject, ID_PROJET: 'P-2' }, alert: alertA },
		];
		const perAlert = shapeOutput(alerts, units, { simplify: true, alertOutput: 'perAlert' });
		expect(perAlert).toHaveLength(1);
		expect(perAlert[0]).toMatchObject({
			alertId: 'A1',
			alertName: 'Écoles',
			projectCount: 2,
			recipient: 'camille@example.com',
		});
		const perProject = shapeOutput(alerts, units, { simplify: true, alertOutput: 'perProject' });
		expect(perProject.map((p) => [p.alertId, p.id])).toEqual([
			['A1', 'P-1'],
			['A1', 'P-2'],
		]);
		const raw = shapeOutput(alerts, units, { simplify: false, alertOutput: 'perAlert' });
		expect(raw[0]).toMatchObject({
			ID_ALERTE: 'A1',
			PROJETS: [legacyProject, { ID_PROJET: 'P-2' }],
		});
	});
});
