import { EXPLORE_ENDPOINTS } from '../nodes/Explore/endpoints';

/**
 * INVENTED: the Batipulse (camelCase) field names. The API only says newer services use camelCase;
 * we keep the documented names in camelCase, with the id field the catalog names.
 */
const CAMEL_CASE_OVERRIDES: Readonly<Record<string, string>> = {
	...idFieldOverrides(),
	CODENAF: 'codeNaf',
	LIBNAF: 'libNaf',
};

/** E.g. IDENTIFIANT_SOCIETE_EXPLORE → idSociete, where the catalog says so. */
function idFieldOverrides(): Record<string, string> {
	const overrides: Record<string, string> = {};
	for (const camel of EXPLORE_ENDPOINTS.filter((e) => e.naming === 'camelCase')) {
		const upper = EXPLORE_ENDPOINTS.find(
			(e) => e.naming === 'upperSnake' && e.recordKind === camel.recordKind,
		);
		if (upper !== undefined) overrides[upper.idField] = camel.idField;
	}
	return overrides;
}

const convertedNames = new Map<string, string>();

/** CHAMP_ADDITIONNEL_1 → champAdditionnel1, SOUS_THEME → sousTheme. */
export function camelCaseName(upperSnakeName: string): string {
	let converted = convertedNames.get(upperSnakeName);
	if (converted === undefined) {
		converted = CAMEL_CASE_OVERRIDES[upperSnakeName] ?? convertName(upperSnakeName);
		convertedNames.set(upperSnakeName, converted);
	}
	return converted;
}

function convertName(upperSnakeName: string): string {
	return upperSnakeName
		.toLowerCase()
		.split('_')
		.map((word, position) => (position === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
		.join('');
}

export function toCamelCase(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(toCamelCase);
	if (value === null || typeof value !== 'object') return value;
	const source = value as Record<string, unknown>;
	const converted: Record<string, unknown> = {};
	for (const name of Object.keys(source)) {
		converted[camelCaseName(name)] = toCamelCase(source[name]);
	}
	return converted;
}
