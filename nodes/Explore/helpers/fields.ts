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

/** The first spelling of the first alias present in the record, found by direct lookup. */
function findByKnownSpelling(record: IDataObject, aliases: string[]): unknown {
	for (const alias of aliases) {
		for (const spelling of spellingsOf(alias)) {
			const value = record[spelling];
			if (value !== undefined) return value;
		}
	}
	return undefined;
}

/** The value of the first alias present in the record (whatever its naming generation). */
export function readField(record: unknown, ...aliases: string[]): unknown {
	if (!isPlainObject(record)) return undefined;
	const direct = findByKnownSpelling(record, aliases);
	if (direct !== undefined) return direct;
	const wanted = new Set(aliases.map(normalizeFieldName));
	for (const [name, value] of Object.entries(record)) {
		if (value !== undefined && wanted.has(normalizeFieldName(name))) return value;
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
