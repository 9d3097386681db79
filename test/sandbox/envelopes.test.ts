import { EXPLORE_ENDPOINTS, FLAG_FIELDS, TOTAL_FIELD } from '../../nodes/Explore/endpoints';
import { fetchPage, useSimulator } from './simulatorHarness';
import type { Json } from './simulatorHarness';

const PROJECT_FIELDS = [
	'ACTION',
	'ID_PROJET',
	'TITRE',
	'THEME',
	'SOUS_THEME',
	'SURFACE',
	'MONTANT',
	'NB_POSTE',
	'NB_LOT',
	'DATE_PUBLICATION',
	'DATE_DEBUT',
	'DATE_FIN',
	'DATE_LIMITE_RECEPTION',
	'DATE_VISITE',
	'ADRESSE',
	'CP',
	'VILLE',
	'DEPARTEMENT',
	'URL_DETAIL',
	'CLE_PROJET',
	'TYPE_MAJ',
	'DCE',
	...Array.from({ length: 12 }, (_, i) => `CHAMP_ADDITIONNEL_${i + 1}`),
];
const COMPANY_FIELDS = [
	'IDENTIFIANT_SOCIETE_EXPLORE',
	'SIREN',
	'SIRET',
	'RAISON_SOCIALE',
	'L4_VOIE',
	'VILLE',
	'CODE_INSEE_5',
	'CODENAF',
	'EFFECTIF_SITE',
	'EFFECTIF_TOTAL',
	'CA',
	'SIEGE',
	'CP',
	'COMMUNE',
	'NAF',
	'LIBNAF',
	'FORME_J',
	'LIB_FORME_J',
	'LIEN_LINKEDIN',
	'LIEN_TWITTER',
	'LIEN_WEB',
	'NATURE',
	'TELEPHONE',
	'ACTION',
];
const ACTION_FIELDS = [
	FLAG_FIELDS.flaggedBy,
	FLAG_FIELDS.status,
	FLAG_FIELDS.assignedTo,
	'DONNEES_COMPLEMENTAIRES',
	FLAG_FIELDS.flaggedAt,
];
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const byPath = (path: string) => EXPLORE_ENDPOINTS.find((endpoint) => endpoint.path === path)!;

describe('simulator envelopes and naming', () => {
	const simulator = useSimulator({ records: 40 });

	it.each(EXPLORE_ENDPOINTS.map((endpoint) => [endpoint.path, endpoint] as const))(
		'%s answers the catalog list key and id field',
		async (_path, endpoint) => {
			const { status, body } = await fetchPage(simulator(), endpoint.path, { Max: 5 });
			expect(status).toBe(200);
			expect(Array.isArray(body[endpoint.listKey])).toBe(true);
			const records: Json[] = body[endpoint.listKey];
			const units =
				endpoint.recordKind === 'emailAlert'
					? records.reduce((sum, alert) => sum + alert.PROJETS.length, 0)
					: records.length;
			expect(units).toBe(5);
			for (const record of body[endpoint.listKey]) expect(record[endpoint.idField]).toBeDefined();
			const total = endpoint.naming === 'upperSnake' ? TOTAL_FIELD : 'total';
			expect(typeof body[total]).toBe('number');
		},
	);

	it('answers RetourProjets for EXPLORE projects, with every ProjetTag and Action field', async () => {
		const { body } = await fetchPage(simulator(), 'CRMAlertes/Projets', { Max: 3, Page: 0 });
		expect(Object.keys(body)).toEqual([
			'PROJETS',
			'TOTAL',
			'NOMBRE_RESULTATS',
			'NOMBRE_PAGES',
			'PAGE',
		]);
		expect(body).toMatchObject({ TOTAL: 40, NOMBRE_RESULTATS: 3, NOMBRE_PAGES: 14, PAGE: 1 });
		const project = body.PROJETS[0];
		expect(Object.keys(project).sort()).toEqual([...PROJECT_FIELDS].sort());
		expect(Object.keys(project.ACTION)).toEqual(ACTION_FIELDS);
		expect(typeof project.ID_PROJET).toBe('string');
		expect(project.ACTION.DATE_TAG).toMatch(LOCAL_DATE_TIME);
		expect(project.DATE_PUBLICATION).toMatch(LOCAL_DATE_TIME);
		for (const assignee of project.ACTION.AFFECTATION_EMAILS) {
			expect(Object.keys(assignee)).toEqual(['EMAIL']);
		}
	});

	it('answers RetourSocietes for EXPLORE companies, with every SocieteTag field', async () => {
		const { body } = await fetchPage(simulator(), 'CRMAlertes/Societes', { Max: 2 });
		expect(Object.keys(body)).toEqual([
			'SOCIETES',
			'TOTAL',
			'NOMBRE_RESULTATS',
			'NOMBRE_PAGES',
			'PAGE',
		]);
		const company = body.SOCIETES[0];
		expect(Object.keys(company).sort()).toEqual([...COMPANY_FIELDS].sort());
		expect(typeof company.IDENTIFIANT_SOCIETE_EXPLORE).toBe('number');
		expect(Object.keys(company.ACTION)).toEqual(ACTION_FIELDS);
	});

	it('answers the same fields in camelCase for Batipulse projects and companies', async () => {
		const projects = (await fetchPage(simulator(), 'CRMAlertes/Batipulse/Projets', { Max: 2 }))
			.body;
		expect(Object.keys(projects)).toEqual([
			'projets',
			'total',
			'nombreResultats',
			'nombrePages',
			'page',
		]);
		const project = projects.projets[0];
		expect(project).toHaveProperty(byPath('CRMAlertes/Batipulse/Projets').idField);
		for (const name of ['titre', 'sousTheme', 'dateLimiteReception', 'champAdditionnel12', 'cp']) {
			expect(project).toHaveProperty(name);
		}
		expect(Object.keys(project.action)).toEqual([
			'emailTag',
			'statut',
			'affectationEmails',
			'donneesComplementaires',
			'dateTag',
		]);
		expect(JSON.stringify(project)).not.toMatch(/"[A-Z][A-Z0-9_]*":/);

		const companies = (await fetchPage(simulator(), 'CRMAlertes/Batipulse/Societes', { Max: 2 }))
			.body;
		expect(Object.keys(companies)).toEqual([
			'societes',
			'total',
			'nombreResultats',
			'nombrePages',
			'page',
		]);
		const company = companies.societes[0];
		for (const name of ['idSociete', 'siren', 'siret', 'raisonSociale', 'codeInsee5', 'codeNaf']) {
			expect(company).toHaveProperty(name);
		}
	});

	it('answers alerts with their projects, each a ProjetTag without a flag', async () => {
		const { body } = await fetchPage(simulator(), 'CRMAlertes/Alertes', { Max: 6 });
		expect(Object.keys(body)).toEqual([
			'ALERTES',
			'TOTAL',
			'NOMBRE_RESULTATS',
			'NOMBRE_PAGES',
			'PAGE',
		]);
		const alert = body.ALERTES[0];
		expect(Object.keys(alert)).toEqual([
			'ID_ALERTE',
			'LIBELLE_ALERTE',
			'DATE_ALERTE',
			'EMAIL_DESTINATAIRE',
			'PROJETS',
		]);
		expect(alert.DATE_ALERTE).toMatch(LOCAL_DATE_TIME);
		expect(Object.keys(alert.PROJETS[0]).sort()).toEqual([...PROJECT_FIELDS].sort());
		expect(alert.PROJETS[0].ACTION).toBeNull();
	});

	it('keeps the five id spaces apart', async () => {
		const ids = new Set<string>();
		let records = 0;
		for (const endpoint of EXPLORE_ENDPOINTS) {
			const { body } = await fetchPage(simulator(), endpoint.path, { Max: 1000 });
			for (const record of body[endpoint.listKey]) ids.add(String(record[endpoint.idField]));
			records += body[endpoint.listKey].length;
		}
		expect(records).toBe(5 * 40);
		expect(ids.size).toBe(records);
	});
});
