/**
 * The one source of truth for the EXPLORE "Intégration CRM" endpoints.
 * Node options, trigger events, record parsing, the simulator and the docs all derive from it.
 *
 * Documented: paths, verbs, parameters, and the RetourProjets / RetourSocietes envelopes.
 * GUESS (keep here, easy to change): the Alertes envelope, the Batipulse camelCase names and
 * the flag date inside ACTION. See docs/simulator.md for what the simulator invents.
 */

export type ExploreResource = 'emailAlert' | 'project' | 'company';
export type ExploreOperation = 'getAll' | 'getAllBatipulse';
export type SourceApp = 'EXPLORE' | 'Batipulse';
export type RecordKind = 'emailAlert' | 'project' | 'company';
/** Old services answer in CAPITAL_UNDERSCORE names, newer ones in camelCase. */
export type NamingGeneration = 'upperSnake' | 'camelCase';
export type TriggerEvent =
	| 'emailAlertReceived'
	| 'projectFlagged'
	| 'companyFlagged'
	| 'batipulseProjectFlagged'
	| 'batipulseCompanyFlagged';

export interface ExploreEndpoint {
	/** Path below the base URL, e.g. `CRMAlertes/Projets`. */
	path: string;
	resource: ExploreResource;
	operation: ExploreOperation;
	/** Operation name shown in the node (Title Case). */
	operationName: string;
	/** Operation action shown in the nodes panel (Sentence case). */
	action: string;
	description: string;
	source: SourceApp;
	recordKind: RecordKind;
	naming: NamingGeneration;
	/** Key of the record list in the response envelope. */
	listKey: string;
	/** Field holding the record's unique id. */
	idField: string;
	triggerEvent: TriggerEvent;
	triggerEventName: string;
	/** What the nodes panel lists under Triggers (Sentence case). */
	triggerEventAction: string;
	triggerEventDescription: string;
}

export const EXPLORE_ENDPOINTS: readonly ExploreEndpoint[] = [
	{
		path: 'CRMAlertes/Alertes',
		resource: 'emailAlert',
		operation: 'getAll',
		operationName: 'Get Many',
		action: 'Get many email alerts',
		description: 'Get EXPLORE email alerts with their related projects',
		source: 'EXPLORE',
		recordKind: 'emailAlert',
		naming: 'upperSnake',
		listKey: 'ALERTES',
		idField: 'ID_ALERTE',
		triggerEvent: 'emailAlertReceived',
		triggerEventName: 'Email Alert Received',
		triggerEventAction: 'On email Alert Received',
		triggerEventDescription: 'Triggers when an EXPLORE email alert is received',
	},
	{
		path: 'CRMAlertes/Projets',
		resource: 'project',
		operation: 'getAll',
		operationName: 'Get Many Flagged in EXPLORE',
		action: 'Get many projects flagged in EXPLORE',
		description: 'Get projects flagged "import in my CRM environment" in the EXPLORE web app',
		source: 'EXPLORE',
		recordKind: 'project',
		naming: 'upperSnake',
		listKey: 'PROJETS',
		idField: 'ID_PROJET',
		triggerEvent: 'projectFlagged',
		triggerEventName: 'Project Flagged in EXPLORE',
		triggerEventAction: 'On project Flagged in EXPLORE',
		triggerEventDescription: 'Triggers when a project is flagged for CRM import in EXPLORE',
	},
	{
		path: 'CRMAlertes/Batipulse/Projets',
		resource: 'project',
		operation: 'getAllBatipulse',
		operationName: 'Get Many Flagged in Batipulse',
		action: 'Get many projects flagged in Batipulse',
		description: 'Get projects flagged "import in my CRM environment" in the Batipulse web app',
		source: 'Batipulse',
		recordKind: 'project',
		naming: 'camelCase',
		listKey: 'projets',
		idField: 'idProjet',
		triggerEvent: 'batipulseProjectFlagged',
		triggerEventName: 'Project Flagged in Batipulse',
		triggerEventAction: 'On project Flagged in Batipulse',
		triggerEventDescription: 'Triggers when a project is flagged for CRM import in Batipulse',
	},
	{
		path: 'CRMAlertes/Societes',
		resource: 'company',
		operation: 'getAll',
		operationName: 'Get Many Flagged in EXPLORE',
		action: 'Get many companies flagged in EXPLORE',
		description: 'Get companies flagged "import in my CRM environment" in the EXPLORE web app',
		source: 'EXPLORE',
		recordKind: 'company',
		naming: 'upperSnake',
		listKey: 'SOCIETES',
		idField: 'IDENTIFIANT_SOCIETE_EXPLORE',
		triggerEvent: 'companyFlagged',
		triggerEventName: 'Company Flagged in EXPLORE',
		triggerEventAction: 'On company Flagged in EXPLORE',
		triggerEventDescription: 'Triggers when a company is flagged for CRM import in EXPLORE',
	},
	{
		path: 'CRMAlertes/Batipulse/Societes',
		resource: 'company',
		operation: 'getAllBatipulse',
		operationName: 'Get Many Flagged in Batipulse',
		action: 'Get many companies flagged in Batipulse',
		description: 'Get companies flagged "import in my CRM environment" in the Batipulse web app',
		source: 'Batipulse',
		recordKind: 'company',
		naming: 'camelCase',
		listKey: 'societes',
		idField: 'idSociete',
		triggerEvent: 'batipulseCompanyFlagged',
		triggerEventName: 'Company Flagged in Batipulse',
		triggerEventAction: 'On company Flagged in Batipulse',
		triggerEventDescription: 'Triggers when a company is flagged for CRM import in Batipulse',
	},
];

/** Request parameter names, exactly as the API spells them. */
export const API_PARAMETERS = {
	dateFrom: 'DateDebut',
	dateTo: 'DateFin',
	offset: 'Page',
	pageSize: 'Max',
	emails: 'Emails',
} as const;

/**
 * Envelope field holding the total number of matching records. Field names are compared without
 * case and underscores, so this also reads the camelCase `total` of newer services.
 */
export const TOTAL_FIELD = 'TOTAL';

/**
 * GUESS: the Alertes envelope lists alerts, each with its related projects under this key.
 * `Page`/`Max` count projects (documented), so an alert's projects can span two pages.
 */
export const ALERT_PROJECTS_KEY = 'PROJETS';

/** GUESS: an alert's own fields (the Alertes answer is not documented). */
export const ALERT_FIELDS = {
	id: 'ID_ALERTE',
	name: 'LIBELLE_ALERTE',
	sentAt: 'DATE_ALERTE',
	recipient: 'EMAIL_DESTINATAIRE',
} as const;

/** GUESS: where a record says who flagged it and when (documented: EMAIL_TAG, STATUT, AFFECTATION_EMAILS). */
export const FLAG_FIELDS = {
	block: 'ACTION',
	flaggedAt: 'DATE_TAG',
	flaggedBy: 'EMAIL_TAG',
	status: 'STATUT',
	assignedTo: 'AFFECTATION_EMAILS',
} as const;

export function findEndpoint(resource: string, operation: string): ExploreEndpoint | undefined {
	return EXPLORE_ENDPOINTS.find((e) => e.resource === resource && e.operation === operation);
}

export function findEndpointByEvent(event: string): ExploreEndpoint | undefined {
	return EXPLORE_ENDPOINTS.find((e) => e.triggerEvent === event);
}

/** Canvas subtitle of the EXPLORE node: the chosen operation's action, e.g. "Get many companies flagged in Batipulse". */
export const ACTION_SUBTITLE = `={{ (${JSON.stringify(
	Object.fromEntries(EXPLORE_ENDPOINTS.map((e) => [`${e.resource}.${e.operation}`, e.action])),
)})[$parameter["resource"] + "." + $parameter["operation"]] }}`;

/** Canvas subtitle of the EXPLORE Trigger: the chosen event, e.g. "Project Flagged in EXPLORE". */
export const TRIGGER_SUBTITLE = `={{ (${JSON.stringify(
	Object.fromEntries(EXPLORE_ENDPOINTS.map((e) => [e.triggerEvent, e.triggerEventName])),
)})[$parameter["event"]] }}`;
