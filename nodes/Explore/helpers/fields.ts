import type { IDataObject } from 'n8n-workflow';

/**
 * Old EXPLORE services name fields `SOUS_THEME`, newer ones `sousTheme`. Comparing names without
 * underscores and case lets one alias list read both naming generations.
 */
export function normalizeFieldName(name: string): string {
	return name.replace(/_/g, '').toLowerCase();
}

export function isPlainObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value of the first alias present in the record (whatever its naming generation). */
export function readField(record: unknown, ...aliases: string[]): unknown {
	if (!isPlainObject(record)) return undefined;
	const wanted = aliases.map(normalizeFieldName);
	for (const alias of wanted) {
		for (const [name, value] of Object.entries(record)) {
			if (normalizeFieldName(name) === alias && value !== undefined) return value;
		}
	}
	return undefined;
}

/** Like readField, but only a non-empty string or a finite number, as a string. */
export function readText(record: unknown, ...aliases: string[]): string | undefined {
	const value = readField(record, ...aliases);
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	return undefined;
}
