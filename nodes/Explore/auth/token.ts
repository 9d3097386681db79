/** Field names that may hold the token when Authentification answers with a JSON object. */
const TOKEN_FIELD_NAMES = ['token', 'access_token', 'accesstoken', 'jeton', 'bearer'];

const TOKEN_PATTERN = /^[A-Za-z0-9\-._~+/=]{8,4096}$/;

export type TokenParseResult = { token: string } | { problem: string };

function pickTokenField(body: Record<string, unknown>): unknown {
	const entries = Object.entries(body);
	for (const wanted of TOKEN_FIELD_NAMES) {
		const found = entries.find(([name]) => name.toLowerCase() === wanted);
		if (found && typeof found[1] === 'string') return found[1];
	}
	for (const [, value] of entries) {
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			const nested = pickTokenField(value as Record<string, unknown>);
			if (nested !== undefined) return nested;
		}
	}
	return undefined;
}

function describeShape(body: unknown): string {
	if (body === null || body === undefined || body === '') return 'an empty answer';
	if (typeof body === 'object') {
		return `a JSON object with the fields ${Object.keys(body as object).join(', ') || '(none)'}`;
	}
	return `a ${typeof body} that does not look like a token`;
}

/**
 * Reads the token out of the Authentification answer, whatever its shape: a raw string,
 * a JSON string (ASP.NET's default) or a JSON object with a token-like field, one level deep.
 * Never gives an empty or whitespace token; the problem never quotes the answer (it may hold secrets).
 */
export function parseTokenResponse(body: unknown): TokenParseResult {
	let candidate: unknown = body;
	if (typeof candidate === 'string') {
		const text = candidate.trim();
		if (text.startsWith('{') || text.startsWith('"')) {
			try {
				candidate = JSON.parse(text);
			} catch {
				candidate = text;
			}
		} else {
			candidate = text;
		}
	}
	if (candidate !== null && typeof candidate === 'object' && !Array.isArray(candidate)) {
		const picked = pickTokenField(candidate as Record<string, unknown>);
		if (picked === undefined) {
			return {
				problem: `The EXPLORE Authentification call returned ${describeShape(candidate)} but no token field (looked for: ${TOKEN_FIELD_NAMES.join(', ')})`,
			};
		}
		candidate = picked;
	}
	const token = typeof candidate === 'string' ? candidate.trim().replace(/^Bearer\s+/i, '') : '';
	if (!TOKEN_PATTERN.test(token)) {
		return {
			problem: `The EXPLORE Authentification call returned ${describeShape(candidate)}: no usable token`,
		};
	}
	return { token };
}
