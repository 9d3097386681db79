export const DEFAULT_BASE_URL = 'https://extranet.explore.fr/ExploreAPI/api/';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function parseUrl(text: string): URL | undefined {
	try {
		return new URL(text);
	} catch {
		return undefined;
	}
}

export class InvalidBaseUrlError extends Error {
	readonly name = 'InvalidBaseUrlError';
}

/**
 * Returns the base URL with exactly one trailing slash, or throws with a message a user can act on.
 * Plain http is allowed only for a local server (the EXPLORE simulator), never for the real API.
 */
export function normalizeBaseUrl(rawBaseUrl: unknown): string {
	const text = typeof rawBaseUrl === 'string' ? rawBaseUrl.trim() : '';
	if (text === '') {
		throw new InvalidBaseUrlError(`The Base URL is empty: use ${DEFAULT_BASE_URL}`);
	}
	const url = parseUrl(text);
	if (url === undefined) {
		throw new InvalidBaseUrlError(
			`The Base URL "${text}" is not a valid URL: use ${DEFAULT_BASE_URL}`,
		);
	}
	if (url.username !== '' || url.password !== '') {
		throw new InvalidBaseUrlError(
			'The Base URL must not contain a user name or password: put the keys in their own fields',
		);
	}
	const isLocal = LOCAL_HOSTS.has(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocal)) {
		throw new InvalidBaseUrlError(
			`The Base URL must start with https:// (plain http is only accepted for localhost), got "${url.protocol}//${url.host}"`,
		);
	}
	url.search = '';
	url.hash = '';
	return url.toString().replace(/\/*$/, '/');
}
