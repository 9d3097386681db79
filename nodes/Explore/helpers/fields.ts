import type { IDataObject } from 'n8n-workflow';

/**
 * Old EXPLORE services name fields `SOUS_THEME`, newer ones `sousTheme`. Comparing names without
 * underscores and case lets one alias list read both naming generations.
 */
const normalizedNames = new Map<string, string>();

export function normalizeFieldName(name: string): string {
	let normalized = normalizedNames.get(name);
	if (normalized === undefined) {
		normalized = name.replace(/_/g, '').toLowerCase();
		if (normalizedNames.size < 10_000) normalizedNames.set(name, normalized);
	}
	return normalized;
}

export function isPlainObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The spellings a field can have in either naming generation: `SOUS_THEME`, `sousTheme`,
 * `SousTheme`, `soustheme`. Looked up directly: records are read field by field, many times.
 */
const spellingsCache = new Map<string, string[]>();

function spellingsOf(alias: string): string[] {
	let spellings = spellingsCache.get(alias);
	if (spellings === undefined) {
		const words = alias.split('_').filter((word) => word !== '');
		const camel = words
			.map((word, i) => {
				const lower = word === word.toUpperCase() ? word.toLowerCase() : word;
				return i === 0
					? lower.charAt(0).toLowerCase() + lower.slice(1)
					: lower.charAt(0).toUpperCase() + lower.slice(1);
			})
			.join('');
		const pascal = camel.charAt(0).toUpperCase() + camel.slice(1);
		spellings = [
			...new Set([alias, camel, pascal, normalizeFieldName(alias), alias.toUpperCase()]),
		];
		spellingsCache.set(alias, spellings);
	}
	return spellings;
}

/** Reads one field of a record, whatever its naming generation; undefined when it is absent. */
export type FieldLookup = (record: unknown) => unknown;

/**
 * Every spelling of every alias is tried by direct lookup, in order, before the record's own names
 * are compared without underscores and case. Worked out once per alias list: records are read
 * field by field, many times.
 */
function buildLookup(aliases: string[]): FieldLookup {
	const spellings = [...new Set(aliases.flatMap(spellingsOf))];
	const wanted = new Set(aliases.map(normalizeFieldName));
	return (record) => {
		if (!isPlainObject(record)) return undefined;
		for (const spelling of spellings) {
			const value = record[spelling];
			if (value !== undefined) return value;
		}
		for (const name of Object.keys(record)) {
			const value = record[name];
			if (value !== undefined && wanted.has(normalizeFieldName(name))) return value;
		}
		return undefined;
	};
}

const lookups = new Map<string, FieldLookup>();

/** The lookup of the first alias present in a record (whatever its naming generation). */
export function fieldLookup(...aliases: string[]): FieldLookup {
	const key = aliases.join('\u0000');
	let lookup = lookups.get(key);
	if (lookup === undefined) {
		lookup = buildLookup(aliases);
		if (lookups.size < 1_000) lookups.set(key, lookup);
	}
	return lookup;
}

/** The value of the first alias present in the record (whatever its naming generation). */
export function readField(record: unknown, ...aliases: string[]): unknown {
	return fieldLookup(...aliases)(record);
}

/** Only a non-empty string or a finite number, as a (trimmed) string. */
export function asText(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'string') {
		const trimmed = value.trim();
		return trimmed === '' ? undefined : trimmed;
	}
	return undefined;
}

/** Like readField, but only a non-empty string or a finite number, as a string. */
export function readText(record: unknown, ...aliases: string[]): string | undefined {
	return asText(readField(record, ...aliases));
}
