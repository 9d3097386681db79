import type { IDataObject } from 'n8n-workflow';

import { ALERT_FIELDS, ALERT_PROJECTS_KEY, FLAG_FIELDS, TOTAL_FIELD } from '../endpoints';
import type { ExploreEndpoint } from '../endpoints';
import { asText, fieldLookup, isPlainObject, normalizeFieldName, readField } from './fields';
import type { FieldLookup } from './fields';

/**
 * One unit of pagination: what `Page` and `Max` count. For projects and companies it is a record;
 * for email alerts it is one related project of one alert (the API counts alert projects).
 */
export interface ExploreUnit {
	record: IDataObject;
	/** The alert the project belongs to, without its project list (email alerts only). */
	alert?: IDataObject;
}

export interface ExplorePage {
	units: ExploreUnit[];
	/** TOTAL from the envelope, when the API sent a usable one. */
	total?: number;
}

const ID_LOOKUPS: Record<ExploreEndpoint['recordKind'], FieldLookup> = {
	project: fieldLookup('ID_PROJET', 'idProjet', 'id'),
	company: fieldLookup('IDENTIFIANT_SOCIETE_EXPLORE', 'idSociete', 'id'),
	emailAlert: fieldLookup(ALERT_FIELDS.id, 'id'),
};

const readFlagBlock = fieldLookup(FLAG_FIELDS.block);
const readFlaggedAt = fieldLookup(FLAG_FIELDS.flaggedAt);
const readFlaggedBy = fieldLookup(FLAG_FIELDS.flaggedBy);
const readAlertSentAt = fieldLookup(ALERT_FIELDS.sentAt);

function findList(envelope: unknown, listKey: string): unknown[] | null | undefined {
	if (Array.isArray(envelope)) return envelope;
	if (!isPlainObject(envelope)) return undefined;
	const wanted = normalizeFieldName(listKey);
	const entry = Object.entries(envelope).find(([name]) => normalizeFieldName(name) === wanted);
	if (entry === undefined) return undefined;
	if (entry[1] === null) return null;
	return Array.isArray(entry[1]) ? entry[1] : undefined;
}

function readTotal(envelope: unknown): number | undefined {
	const total = Number(readField(envelope, TOTAL_FIELD));
	return Number.isInteger(total) && total >= 0 ? total : undefined;
}

type ListResult = { list: IDataObject[] } | { problem: string };

function expectList(envelope: unknown, listKey: string, what: string): ListResult {
	const list = findList(envelope, listKey);
	if (list === null) return { list: [] };
	if (list === undefined) {
		const keys = isPlainObject(envelope)
			? Object.keys(envelope).join(', ') || '(none)'
			: typeof envelope;
		return { problem: `${what} has no "${listKey}" list (found: ${keys})` };
	}
	return { list: list.filter(isPlainObject) };
}

/** Reads one page of a list endpoint, whatever its naming generation; a wrong shape is a problem. */
export function readPage(
	envelope: unknown,
	endpoint: ExploreEndpoint,
): { page: ExplorePage } | { problem: string } {
	const records = expectList(envelope, endpoint.listKey, 'The answer');
	if ('problem' in records) return records;
	const total = readTotal(envelope);
	if (endpoint.recordKind !== 'emailAlert') {
		return { page: { units: records.list.map((record) => ({ record })), total } };
	}
	const units: ExploreUnit[] = [];
	for (const alertWithProjects of records.list) {
		const projects = expectList(alertWithProjects, ALERT_PROJECTS_KEY, 'An alert');
		if ('problem' in projects) return projects;
		const alert = Object.fromEntries(
			Object.entries(alertWithProjects).filter(
				([name]) => normalizeFieldName(name) !== normalizeFieldName(ALERT_PROJECTS_KEY),
			),
		) as IDataObject;
		for (const record of projects.list) units.push({ record, alert });
	}
	return { page: { units, total } };
}

export function recordId(record: unknown, kind: ExploreEndpoint['recordKind']): string | undefined {
	return asText(ID_LOOKUPS[kind](record));
}

export function flagBlock(record: unknown): IDataObject | undefined {
	const block = readFlagBlock(record);
	return isPlainObject(block) ? block : undefined;
}

/**
 * What makes one flag unique: the record, when it was flagged, and by whom. A record flagged
 * again later (or by a second collaborator) is a new flag; a status change of the same flag is not.
 * For alerts: the alert and the project. Falls back to the record's content when it has no id.
 */
export function flagKey(unit: ExploreUnit, endpoint: ExploreEndpoint): string {
	if (unit.alert !== undefined) {
		const alertId = recordId(unit.alert, 'emailAlert') ?? JSON.stringify(unit.alert);
		return `${alertId}|${recordId(unit.record, 'project') ?? JSON.stringify(unit.record)}`;
	}
	const id = recordId(unit.record, endpoint.recordKind);
	if (id === undefined) return `#${JSON.stringify(unit.record)}`;
	const flag = flagBlock(unit.record);
	const flaggedAt = asText(readFlaggedAt(flag)) ?? '';
	const flaggedBy = (asText(readFlaggedBy(flag)) ?? '').toLowerCase();
	return `${id}|${flaggedAt}|${flaggedBy}`;
}

/** When the flag was set (or the alert sent), read from the record; undefined if it does not say. */
export function flagTimeText(unit: ExploreUnit): string | undefined {
	if (unit.alert !== undefined) return asText(readAlertSentAt(unit.alert));
	return asText(readFlaggedAt(flagBlock(unit.record)));
}
