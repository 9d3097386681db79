import type { IDataObject } from 'n8n-workflow';

import { ALERT_FIELDS, FLAG_FIELDS } from '../endpoints';
import type { RecordKind, SourceApp } from '../endpoints';
import { normalizeRecordDate } from './dates';
import { asText, fieldLookup, isPlainObject, readText } from './fields';
import { flagBlock } from './records';

/** Reads one simplified field from a record and its flag block (read once per record). */
type FieldReader = (record: IDataObject, flag: IDataObject | undefined) => unknown;

const text = (...aliases: string[]): FieldReader => {
	const lookup = fieldLookup(...aliases);
	return (record) => asText(lookup(record)) ?? null;
};

const numberField = (...aliases: string[]): FieldReader => {
	const lookup = fieldLookup(...aliases);
	return (record) => {
		const value = lookup(record);
		if (typeof value === 'number') return Number.isFinite(value) ? value : null;
		const parsed = typeof value === 'string' ? Number(value.replace(',', '.').trim()) : NaN;
		return typeof value === 'string' && value.trim() !== '' && Number.isFinite(parsed)
			? parsed
			: null;
	};
};

const date = (...aliases: string[]): FieldReader => {
	const lookup = fieldLookup(...aliases);
	return (record) => normalizeRecordDate(asText(lookup(record)));
};

const yesNo = (...aliases: string[]): FieldReader => {
	const lookup = fieldLookup(...aliases);
	return (record) => {
		const value = lookup(record);
		if (typeof value === 'boolean') return value;
		const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
		if (['o', 'oui', 'true', '1', 'y', 'yes', 'siège', 'siege'].includes(word)) return true;
		if (['n', 'non', 'false', '0', 'no'].includes(word)) return false;
		return null;
	};
};

const emailAddress = fieldLookup('EMAIL', 'adresse', 'address');

/** `[{EMAIL: "a@x.fr"}, "b@x.fr"]` → `"a@x.fr, b@x.fr"`: one string a CRM field can take. */
function emailList(value: unknown): string | null {
	if (!Array.isArray(value)) return typeof value === 'string' && value !== '' ? value : null;
	const addresses = value
		.map((entry) => (isPlainObject(entry) ? asText(emailAddress(entry)) : entry))
		.filter((entry): entry is string => typeof entry === 'string' && entry !== '');
	return addresses.length > 0 ? addresses.join(', ') : null;
}

const flaggedBy = fieldLookup(FLAG_FIELDS.flaggedBy);
const flaggedAt = fieldLookup(FLAG_FIELDS.flaggedAt);
const flagStatus = fieldLookup(FLAG_FIELDS.status);
const assignedTo = fieldLookup(FLAG_FIELDS.assignedTo);

const flagFields: Record<string, FieldReader> = {
	flaggedBy: (_, flag) => asText(flaggedBy(flag)) ?? null,
	flaggedAt: (_, flag) => normalizeRecordDate(asText(flaggedAt(flag))),
	flagStatus: (_, flag) => asText(flagStatus(flag)) ?? null,
	assignedTo: (_, flag) => emailList(assignedTo(flag)),
};

/**
 * The CRM-ready shapes: flat, camelCase, the same for EXPLORE (CAPITAL_UNDERSCORE) and Batipulse
 * (camelCase) records. Missing or odd values become null; nothing here throws.
 */
const SIMPLIFIED_FIELDS: Record<Exclude<RecordKind, 'emailAlert'>, Record<string, FieldReader>> = {
	project: {
		id: text('ID_PROJET', 'idProjet', 'id'),
		title: text('TITRE', 'title'),
		theme: text('THEME'),
		subTheme: text('SOUS_THEME'),
		amount: numberField('MONTANT', 'amount'),
		surface: numberField('SURFACE'),
		lots: numberField('NB_LOT'),
		publicationDate: date('DATE_PUBLICATION'),
		startDate: date('DATE_DEBUT'),
		endDate: date('DATE_FIN'),
		responseDeadline: date('DATE_LIMITE_RECEPTION'),
		visitDate: date('DATE_VISITE'),
		address: text('ADRESSE'),
		postalCode: text('CP', 'CODE_POSTAL'),
		city: text('VILLE', 'COMMUNE'),
		department: text('DEPARTEMENT'),
		url: text('URL_DETAIL'),
		tenderDocumentsUrl: text('DCE'),
		updateType: text('TYPE_MAJ'),
		...flagFields,
	},
	company: {
		id: text('IDENTIFIANT_SOCIETE_EXPLORE', 'idSociete', 'id'),
		siren: text('SIREN'),
		siret: text('SIRET'),
		name: text('RAISON_SOCIALE', 'name'),
		address: text('L4_VOIE', 'ADRESSE'),
		postalCode: text('CP', 'CODE_POSTAL'),
		city: text('VILLE', 'COMMUNE'),
		inseeCode: text('CODE_INSEE_5'),
		nafCode: text('NAF', 'CODENAF'),
		nafLabel: text('LIBNAF'),
		legalForm: text('LIB_FORME_J', 'FORME_J'),
		employees: text('EFFECTIF_SITE'),
		companyEmployees: text('EFFECTIF_TOTAL'),
		revenue: text('CA'),
		headOffice: yesNo('SIEGE'),
		phone: text('TELEPHONE'),
		website: text('LIEN_WEB'),
		linkedin: text('LIEN_LINKEDIN'),
		twitter: text('LIEN_TWITTER'),
		...flagFields,
	},
};

const FIELD_READERS = {
	project: Object.entries(SIMPLIFIED_FIELDS.project),
	company: Object.entries(SIMPLIFIED_FIELDS.company),
};

/**
 * Each simplified record starts as a copy of its kind's shape, every field already there: filling
 * existing fields is much cheaper for V8 than adding 25 new ones to an empty object.
 */
const shapeOf = (kind: keyof typeof FIELD_READERS): IDataObject => ({
	...Object.fromEntries(FIELD_READERS[kind].map(([name]) => [name, null])),
	source: null,
});
const SHAPES = { project: shapeOf('project'), company: shapeOf('company') };

export function simplifyRecord(
	kind: Exclude<RecordKind, 'emailAlert'>,
	record: IDataObject,
	source: SourceApp,
): IDataObject {
	const flag = flagBlock(record);
	const simplified: IDataObject = { ...SHAPES[kind] };
	for (const [name, read] of FIELD_READERS[kind]) {
		simplified[name] = read(record, flag) as IDataObject[string];
	}
	simplified.source = source;
	return simplified;
}

/** The alert's own fields, named in the catalog (GUESS: the Alertes answer is not documented). */
export function simplifyAlert(alert: IDataObject): IDataObject {
	return {
		alertId: readText(alert, ALERT_FIELDS.id, 'id') ?? null,
		alertName: readText(alert, ALERT_FIELDS.name) ?? null,
		alertDate: normalizeRecordDate(readText(alert, ALERT_FIELDS.sentAt)) as string | null,
		recipient: readText(alert, ALERT_FIELDS.recipient) ?? null,
	};
}
