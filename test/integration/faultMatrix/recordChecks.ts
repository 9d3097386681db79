import type { IDataObject } from 'n8n-workflow';

/**
 * Checks of simplified project records against the raw records the simulator sent, for the
 * cells that spoil record contents. Raw records are keyed by id.
 */
export type RecordCheck = (records: IDataObject[], raw: Map<string, IDataObject>) => void;

const OFFSET_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const SIMPLIFIED_PROJECT_FIELDS = [
	'id',
	'title',
	'amount',
	'publicationDate',
	'flaggedBy',
	'flaggedAt',
];

const rawFlagDate = (record: IDataObject | undefined) =>
	(record?.ACTION as IDataObject | null | undefined)?.DATE_TAG;

/** Every simplified field is there; a field the API left out or sent null is null, not a crash. */
export const nullWhereMissing: RecordCheck = (records, raw) => {
	for (const record of records) {
		const source = raw.get(String(record.id));
		for (const field of SIMPLIFIED_PROJECT_FIELDS) expect(record).toHaveProperty(field);
		if (source?.TITRE === undefined || source.TITRE === null) expect(record.title).toBeNull();
		if (rawFlagDate(source) === undefined || rawFlagDate(source) === null) {
			expect(record.flaggedAt).toBeNull();
		}
	}
	expect(records.some((record) => record.title === null)).toBe(true);
};

/** A date in an unknown format is passed on as EXPLORE wrote it; a known one becomes ISO 8601. */
export const datesKeptOrNormalized: RecordCheck = (records, raw) => {
	const kept = records.filter(
		(record) => record.flaggedAt === rawFlagDate(raw.get(String(record.id))),
	);
	for (const record of records) {
		const original = rawFlagDate(raw.get(String(record.id)));
		expect(typeof original).toBe('string');
		expect(record.flaggedAt === original || OFFSET_ISO.test(String(record.flaggedAt))).toBe(true);
	}
	expect(kept.length).toBeGreaterThan(0);
	expect(kept.length).toBeLessThan(records.length);
};

/** Non-ASCII and very long values reach the output exactly as sent. */
export const textKeptExactly: RecordCheck = (records, raw) => {
	for (const record of records) expect(record.title).toBe(raw.get(String(record.id))?.TITRE);
	expect(Math.max(...records.map((record) => String(record.title).length))).toBeGreaterThan(20_000);
	expect(records.every((record) => String(record.title).includes('🏗️'))).toBe(true);
};
