// The workflows that exercise the EXPLORE node, each from a Manual Trigger. Ids contain a digit
// (n8n execute-batch takes no other) and each scenario has its own parameters, endpoint or
// simulator, so its requests can be told apart in a shared request log.
import { WorkflowJson, buildWorkflow, codeItems, manualTrigger } from '../lib';
import { CAMILLE, CLAIRE, JULIEN, SOPHIE, THOMAS } from './collaborators';
import { EXPIRY_CREDENTIAL, SIGNED_CREDENTIAL } from './credentials';
import { exploreNode } from './explore-nodes';

const DAY_MS = 24 * 3600_000;

/** The date windows of the filter scenario, fixed when the workflows are built. */
export interface FilterWindow {
	from: Date;
	to: Date;
}

export function filterWindow(now: Date): FilterWindow {
	// odd minutes and seconds, so a lost time of day would show
	const from = new Date(now.getTime() - 20 * DAY_MS);
	from.setUTCHours(7, 41, 13, 0);
	const to = new Date(now.getTime() - 10 * DAY_MS);
	to.setUTCHours(16, 18, 47, 0);
	return { from, to };
}

export const FILTER_EMAILS = `${CLAIRE}, ${SOPHIE.toUpperCase()}`;
export const CONTINUE_ON_FAIL_EMAILS = [JULIEN, 'julien.bernard(at)acme-btp'];
export const EXPRESSION_REQUESTS = [
	{ collaborator: THOMAS, howMany: 2 },
	{ collaborator: CAMILLE, howMany: 3 },
];

const fromStart = (...names: string[]): Array<[string, string]> =>
	names.map((name) => ['Start', name]);

export function actionWorkflows(window: FilterWindow) {
	const fiveOperations = buildWorkflow({
		id: 'e2eFiveOps000001',
		name: 'e2e: the five operations',
		nodes: [
			manualTrigger(),
			exploreNode('Projects Flagged in EXPLORE', {
				resource: 'project',
				operation: 'getAll',
				limit: 4,
			}),
			exploreNode('Projects Flagged in Batipulse', {
				resource: 'project',
				operation: 'getAllBatipulse',
				limit: 4,
			}),
			exploreNode('Companies Flagged in EXPLORE', {
				resource: 'company',
				operation: 'getAll',
				limit: 4,
			}),
			exploreNode('Companies Flagged in Batipulse', {
				resource: 'company',
				operation: 'getAllBatipulse',
				limit: 4,
			}),
			exploreNode('Email Alerts', {
				resource: 'emailAlert',
				operation: 'getAll',
				limit: 4,
				alertOutput: 'perAlert',
			}),
			exploreNode('Email Alert Projects', {
				resource: 'emailAlert',
				operation: 'getAll',
				limit: 4,
				alertOutput: 'perProject',
			}),
		],
		edges: fromStart(
			'Projects Flagged in EXPLORE',
			'Projects Flagged in Batipulse',
			'Companies Flagged in EXPLORE',
			'Companies Flagged in Batipulse',
			'Email Alerts',
			'Email Alert Projects',
		),
	});

	const returnAll = buildWorkflow({
		id: 'e2eReturnAll0001',
		name: 'e2e: Return All',
		nodes: [
			manualTrigger(),
			exploreNode('All Projects', { resource: 'project', operation: 'getAll', returnAll: true }),
			exploreNode('All Email Alerts', {
				resource: 'emailAlert',
				operation: 'getAll',
				returnAll: true,
				alertOutput: 'perAlert',
			}),
			exploreNode('All Batipulse Companies, 1000 per Page', {
				resource: 'company',
				operation: 'getAllBatipulse',
				returnAll: true,
				options: { pageSize: 1000 },
			}),
		],
		edges: fromStart('All Projects', 'All Email Alerts', 'All Batipulse Companies, 1000 per Page'),
	});

	const limit = buildWorkflow({
		id: 'e2eLimit00000001',
		name: 'e2e: Limit',
		nodes: [
			manualTrigger(),
			exploreNode('Seven Companies, Three per Page', {
				resource: 'company',
				operation: 'getAll',
				limit: 7,
				options: { pageSize: 3 },
			}),
		],
		edges: fromStart('Seven Companies, Three per Page'),
	});

	const filters = buildWorkflow({
		id: 'e2eFilters000001',
		name: 'e2e: date and e-mail filters',
		nodes: [
			manualTrigger(),
			exploreNode('Projects of Claire and Sophie in the Window', {
				resource: 'project',
				operation: 'getAll',
				returnAll: true,
				filters: {
					dateFrom: window.from.toISOString(),
					dateTo: window.to.toISOString(),
					emails: FILTER_EMAILS,
				},
			}),
			exploreNode('Batipulse Projects of Thomas, Days Only', {
				resource: 'project',
				operation: 'getAllBatipulse',
				returnAll: true,
				filters: {
					dateFrom: window.from.toISOString(),
					dateTo: window.to.toISOString(),
					emails: THOMAS,
				},
				options: { dateFormat: 'date' },
			}),
		],
		edges: fromStart(
			'Projects of Claire and Sophie in the Window',
			'Batipulse Projects of Thomas, Days Only',
		),
	});

	const simplify = buildWorkflow({
		id: 'e2eSimplify00001',
		name: 'e2e: Simplify on and off',
		nodes: [
			manualTrigger(),
			exploreNode('Simplified', { resource: 'project', operation: 'getAll', limit: 3 }),
			exploreNode('As EXPLORE Sends Them', {
				resource: 'project',
				operation: 'getAll',
				limit: 3,
				simplify: false,
			}),
			exploreNode('Batipulse Companies as Sent', {
				resource: 'company',
				operation: 'getAllBatipulse',
				limit: 3,
				simplify: false,
			}),
		],
		edges: fromStart('Simplified', 'As EXPLORE Sends Them', 'Batipulse Companies as Sent'),
	});

	const continueOnFail = buildWorkflow({
		id: 'e2eContinueFail1',
		name: 'e2e: continue on error',
		nodes: [
			manualTrigger(),
			codeItems(
				'Two Collaborators',
				CONTINUE_ON_FAIL_EMAILS.map((emails) => ({ emails })),
			),
			exploreNode(
				'Projects per Collaborator',
				{
					resource: 'project',
					operation: 'getAll',
					limit: 3,
					filters: { emails: '={{ $json.emails }}' },
				},
				{ onError: 'continueRegularOutput' },
			),
		],
		edges: [
			['Start', 'Two Collaborators'],
			['Two Collaborators', 'Projects per Collaborator'],
		],
	});

	const expressions = buildWorkflow({
		id: 'e2eExpressions01',
		name: 'e2e: parameters from expressions, one run per item',
		nodes: [
			manualTrigger(),
			codeItems('Two Requests', EXPRESSION_REQUESTS),
			exploreNode('Projects per Request', {
				resource: 'project',
				operation: 'getAll',
				limit: '={{ $json.howMany }}',
				filters: { emails: '={{ $json.collaborator }}' },
			}),
		],
		edges: [
			['Start', 'Two Requests'],
			['Two Requests', 'Projects per Request'],
		],
	});

	const signed = buildWorkflow({
		id: 'e2eSigned0000001',
		name: 'e2e: signed requests',
		nodes: [
			manualTrigger(),
			exploreNode(
				'Projects (Signed Requests)',
				{ resource: 'project', operation: 'getAll', limit: 5 },
				{ credential: SIGNED_CREDENTIAL },
			),
			exploreNode(
				'Batipulse Companies (Signed Requests)',
				{ resource: 'company', operation: 'getAllBatipulse', limit: 5 },
				{ credential: SIGNED_CREDENTIAL },
			),
		],
		edges: fromStart('Projects (Signed Requests)', 'Batipulse Companies (Signed Requests)'),
	});

	const tokenExpiry = buildWorkflow({
		id: 'e2eTokenExpiry01',
		name: 'e2e: token expiry',
		nodes: [
			manualTrigger(),
			exploreNode(
				'All Projects',
				{ resource: 'project', operation: 'getAll', returnAll: true },
				{ credential: EXPIRY_CREDENTIAL },
			),
		],
		edges: fromStart('All Projects'),
	});

	return {
		fiveOperations,
		returnAll,
		limit,
		filters,
		simplify,
		continueOnFail,
		expressions,
		signed,
		tokenExpiry,
	} satisfies Record<string, WorkflowJson>;
}

export type ActionWorkflows = ReturnType<typeof actionWorkflows>;
