// The output fields the README promises (section "Simplified output").

export const SIMPLIFIED_PROJECT_FIELDS = [
	'id',
	'title',
	'theme',
	'subTheme',
	'amount',
	'surface',
	'lots',
	'publicationDate',
	'startDate',
	'endDate',
	'responseDeadline',
	'visitDate',
	'address',
	'postalCode',
	'city',
	'department',
	'url',
	'tenderDocumentsUrl',
	'updateType',
	'flaggedBy',
	'flaggedAt',
	'flagStatus',
	'assignedTo',
	'source',
].sort();

export const SIMPLIFIED_COMPANY_FIELDS = [
	'id',
	'siren',
	'siret',
	'name',
	'address',
	'postalCode',
	'city',
	'inseeCode',
	'nafCode',
	'nafLabel',
	'legalForm',
	'employees',
	'companyEmployees',
	'revenue',
	'headOffice',
	'phone',
	'website',
	'linkedin',
	'twitter',
	'flaggedBy',
	'flaggedAt',
	'flagStatus',
	'assignedTo',
	'source',
].sort();

const ALERT_FIELDS = ['alertId', 'alertName', 'alertDate', 'recipient'];

/** One Item per Alert. */
export const ALERT_ITEM_FIELDS = [...ALERT_FIELDS, 'projectCount', 'projects'].sort();

/** One Item per Project: the project and its alert's details. */
export const ALERT_PROJECT_ITEM_FIELDS = [...SIMPLIFIED_PROJECT_FIELDS, ...ALERT_FIELDS].sort();

/** ISO 8601 with the Paris offset, as every simplified date. */
export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

export const fieldsOf = (record: object) => Object.keys(record).sort();
