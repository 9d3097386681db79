// Spec: the EXPLORE node's five operations, Return All, Limit, filters and Simplify in a real n8n.
import { matchingTotal } from '../../lib';
import type { RequestLogEntry } from '../../../sandbox/server';
import { FILTER_EMAILS } from '../action-workflows';
import { CLAIRE, SOPHIE, THOMAS } from '../collaborators';
import type { LineFixture } from '../line-fixture';
import { parisDate, parisDateTime } from '../paris-time';
import {
	ALERT_ITEM_FIELDS,
	ALERT_PROJECT_ITEM_FIELDS,
	ISO_WITH_OFFSET,
	SIMPLIFIED_COMPANY_FIELDS,
	SIMPLIFIED_PROJECT_FIELDS,
	fieldsOf,
} from '../record-shapes';
import { MAIN_RECORDS } from '../simulators';

const unique = (values: unknown[]) => new Set(values).size === values.length;

/** DateDebut, DateFin and Emails of a logged request: what selects the records. */
const filtersOf = (entry: RequestLogEntry) =>
	Object.fromEntries(
		Object.entries(entry.params ?? {}).filter(([name]) => !['Page', 'Max'].includes(name)),
	);

export function describeExploreOperations(suite: () => LineFixture): void {
	const output = (workflow: keyof LineFixture['actions'], node: string) =>
		suite().batch.executions[suite().actions[workflow].id!].nodeOutput(node);
	const mainRequests = (path: string, keep: (entry: RequestLogEntry) => boolean = () => true) =>
		suite()
			.simulators.main.requests()
			.filter((entry) => entry.endpoint === path && keep(entry));

	describe('EXPLORE node operations', () => {
		it.each([
			['Projects Flagged in EXPLORE', 'EXPLORE', SIMPLIFIED_PROJECT_FIELDS],
			['Projects Flagged in Batipulse', 'Batipulse', SIMPLIFIED_PROJECT_FIELDS],
			['Companies Flagged in EXPLORE', 'EXPLORE', SIMPLIFIED_COMPANY_FIELDS],
			['Companies Flagged in Batipulse', 'Batipulse', SIMPLIFIED_COMPANY_FIELDS],
		] as const)('%s returns Limit simplified records marked source %s', (node, source, fields) => {
			const records = output('fiveOperations', node);
			expect(records).toHaveLength(4);
			expect(unique(records.map((record) => record.id))).toBe(true);
			for (const record of records) {
				expect(fieldsOf(record)).toEqual(fields);
				expect(record).toMatchObject({ source, flaggedAt: expect.stringMatching(ISO_WITH_OFFSET) });
			}
		});

		it('Email Alert Get Many returns one item per alert, each with its simplified projects', () => {
			const alerts = output('fiveOperations', 'Email Alerts');
			expect(alerts).toHaveLength(4);
			for (const alert of alerts) {
				expect(fieldsOf(alert)).toEqual(ALERT_ITEM_FIELDS);
				expect(alert.projects).toHaveLength(alert.projectCount);
				for (const project of alert.projects)
					expect(fieldsOf(project)).toEqual(SIMPLIFIED_PROJECT_FIELDS);
			}
		});

		it('Email Alert Get Many returns one item per project with its alert details on request', () => {
			const items = output('fiveOperations', 'Email Alert Projects');
			expect(items).toHaveLength(4);
			for (const item of items) {
				expect(fieldsOf(item)).toEqual(ALERT_PROJECT_ITEM_FIELDS);
				expect(item.alertId).toEqual(expect.any(String));
			}
		});

		it('calls each of the five EXPLORE services', () => {
			expect(Object.keys(suite().simulators.main.stats().byEndpoint).sort()).toEqual([
				'CRMAlertes/Alertes',
				'CRMAlertes/Batipulse/Projets',
				'CRMAlertes/Batipulse/Societes',
				'CRMAlertes/Projets',
				'CRMAlertes/Societes',
			]);
		});
	});

	describe('Return All and Limit', () => {
		it(`returns all ${MAIN_RECORDS} projects, each once, with Return All`, async () => {
			const ids = output('returnAll', 'All Projects').map((project) => project.id);
			expect(ids).toHaveLength(
				await matchingTotal(suite().simulators.oracle, 'CRMAlertes/Projets'),
			);
			expect(ids).toHaveLength(MAIN_RECORDS);
			expect(unique(ids)).toBe(true);
		});

		it('returns every alert once, with all its projects, even when they straddle two pages', async () => {
			const alerts = output('returnAll', 'All Email Alerts');
			const alertProjects = await matchingTotal(suite().simulators.oracle, 'CRMAlertes/Alertes');
			expect(alerts).toHaveLength(MAIN_RECORDS);
			expect(unique(alerts.map((alert) => alert.alertId))).toBe(true);
			const projectIds = alerts.flatMap((alert) =>
				alert.projects.map((project: { id: string }) => project.id),
			);
			expect(projectIds).toHaveLength(alertProjects);
			expect(unique(projectIds)).toBe(true);
			for (const alert of alerts) expect(alert.projects).toHaveLength(alert.projectCount);
		});

		it('returns all Batipulse companies in pages of Page Size 1000: three requests', () => {
			const companies = output('returnAll', 'All Batipulse Companies, 1000 per Page');
			expect(companies).toHaveLength(MAIN_RECORDS);
			expect(unique(companies.map((company) => company.id))).toBe(true);
			const pages = mainRequests(
				'CRMAlertes/Batipulse/Societes',
				(entry) => entry.params?.Max === '1000',
			);
			expect(pages.map((entry) => entry.params?.Page)).toEqual(['0', '1000', '2000']);
		});

		it('returns Limit records and stops asking EXPLORE as soon as it has them', () => {
			expect(output('limit', 'Seven Companies, Three per Page')).toHaveLength(7);
			// the five-operations workflow asks this service for 4; this one pages by 3
			const pages = mainRequests('CRMAlertes/Societes', (entry) => Number(entry.params?.Max) <= 3);
			expect(pages.map((entry) => [entry.params?.Page, entry.params?.Max])).toEqual([
				['0', '3'],
				['3', '3'],
				['6', '1'],
			]);
		});
	});

	describe('filters', () => {
		it('sends Date From, Date To (Paris time) and the e-mails, and returns exactly the matching records', async () => {
			const { from, to } = suite().window;
			const [request] = mainRequests('CRMAlertes/Projets', (entry) => !!entry.params?.DateDebut);
			expect(request.params).toEqual({
				DateDebut: parisDateTime(from),
				DateFin: parisDateTime(to),
				Emails: `${CLAIRE},${SOPHIE}`,
				Page: '0',
				Max: '100',
			});
			expect(FILTER_EMAILS).toContain(SOPHIE.toUpperCase());
			const projects = output('filters', 'Projects of Claire and Sophie in the Window');
			expect(projects).toHaveLength(
				await matchingTotal(suite().simulators.oracle, 'CRMAlertes/Projets', filtersOf(request)),
			);
			expect(new Set(projects.map((project) => project.flaggedBy))).toEqual(
				new Set([CLAIRE, SOPHIE]),
			);
			for (const { flaggedAt } of projects) {
				expect(Date.parse(flaggedAt)).toBeGreaterThanOrEqual(from.getTime());
				expect(Date.parse(flaggedAt)).toBeLessThanOrEqual(to.getTime());
			}
		});

		it('sends whole days with Date Format in Requests = Date Only', async () => {
			const { from, to } = suite().window;
			const [request] = mainRequests(
				'CRMAlertes/Batipulse/Projets',
				(entry) => !!entry.params?.DateDebut,
			);
			expect(request.params).toMatchObject({
				DateDebut: parisDate(from),
				DateFin: parisDate(to),
				Emails: THOMAS,
			});
			const projects = output('filters', 'Batipulse Projects of Thomas, Days Only');
			expect(projects).toHaveLength(
				await matchingTotal(
					suite().simulators.oracle,
					'CRMAlertes/Batipulse/Projets',
					filtersOf(request),
				),
			);
			for (const { flaggedBy, flaggedAt } of projects) {
				expect(flaggedBy).toBe(THOMAS);
				expect(flaggedAt.slice(0, 10) >= parisDate(from)).toBe(true);
				expect(flaggedAt.slice(0, 10) <= parisDate(to)).toBe(true);
			}
		});
	});

	describe('Simplify', () => {
		it('returns the records exactly as EXPLORE sends them with Simplify off', () => {
			const simplified = output('simplify', 'Simplified');
			const raw = output('simplify', 'As EXPLORE Sends Them');
			expect(raw.map((record) => record.ID_PROJET)).toEqual(simplified.map((record) => record.id));
			for (const record of raw) {
				expect(record).toMatchObject({
					TITRE: expect.any(String),
					ACTION: expect.objectContaining({
						EMAIL_TAG: expect.any(String),
						DATE_TAG: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
					}),
				});
				expect(record).not.toHaveProperty('title');
			}
		});

		it('keeps the camelCase names of Batipulse records with Simplify off', () => {
			for (const record of output('simplify', 'Batipulse Companies as Sent')) {
				expect(record).toMatchObject({
					idSociete: expect.anything(),
					raisonSociale: expect.any(String),
					action: expect.objectContaining({ dateTag: expect.any(String) }),
				});
				expect(record).not.toHaveProperty('source');
			}
		});
	});
}
