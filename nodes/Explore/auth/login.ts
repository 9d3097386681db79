import type { ICredentialDataDecryptedObject, IHttpRequestHelper } from 'n8n-workflow';

import { normalizeBaseUrl } from './baseUrl';
import { formPost } from './formPost';
import { readHttpFailure } from './httpFailure';
import { parseTokenResponse } from './token';

export const AUTHENTICATION_PATH = 'Authentification';
export const DEFAULT_CLIENT_KEY_FIELD = 'CleClient';
export const DEFAULT_SECRET_KEY_FIELD = 'CleSecrete';
const LOGIN_TIMEOUT_MS = 30_000;

/** A login that EXPLORE refused or answered unusably. Its message never contains a secret. */
export class ExploreLoginError extends Error {
	readonly name = 'ExploreLoginError';

	constructor(
		message: string,
		readonly description: string,
		readonly httpCode?: number,
		/** Network error code (ECONNRESET…), so the transport can tell a transient failure. */
		readonly code?: string,
	) {
		super(message);
	}
}

/** GUESS: the login's field names; `loginFieldNames` in the credential overrides them. */
export function loginFieldNames(setting: unknown): [string, string] {
	const names = String(setting ?? '')
		.split(',')
		.map((name) => name.trim());
	return [names[0] || DEFAULT_CLIENT_KEY_FIELD, names[1] || DEFAULT_SECRET_KEY_FIELD];
}

function describeLoginFailure(error: unknown): ExploreLoginError {
	const failure = readHttpFailure(error);
	if (failure.status === 401 || failure.status === 403 || failure.status === 400) {
		return new ExploreLoginError(
			`EXPLORE refused the client key and secret key (HTTP ${failure.status}${failure.apiMessage ? `: ${failure.apiMessage}` : ''})`,
			'Check the Client Key and Secret Key in the EXPLORE API credential (they come from EXPLORE customer support). If they are right, check the Login Field Names.',
			failure.status,
		);
	}
	if (failure.status !== undefined) {
		return new ExploreLoginError(
			`The EXPLORE login call failed with HTTP ${failure.status}${failure.apiMessage ? `: ${failure.apiMessage}` : ''}`,
			'EXPLORE could not issue a token right now. Try again later; if it persists, contact EXPLORE support.',
			failure.status,
		);
	}
	// n8n swaps a message naming a network code (ECONNRESET…) for its own text: not here.
	return new ExploreLoginError(
		'Could not reach the EXPLORE login call',
		`The connection failed (${failure.networkCode ?? 'network error'}). Check the Base URL in the EXPLORE API credential and that this n8n can reach it.`,
		undefined,
		failure.networkCode,
	);
}

/**
 * Exchanges the client key and secret key for a Bearer token (valid 6 hours) at `Authentification`.
 * GUESS: a form-urlencoded POST; the field names are credential options.
 */
export async function requestAccessToken(
	this: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<string> {
	const baseUrl = normalizeBaseUrl(credentials.baseUrl);
	const [clientKeyField, secretKeyField] = loginFieldNames(credentials.loginFieldNames);
	const form = new URLSearchParams([
		[clientKeyField, String(credentials.clientKey ?? '')],
		[secretKeyField, String(credentials.secretKey ?? '')],
	]);
	const answer = await settle(
		this.helpers.httpRequest(formPost(`${baseUrl}${AUTHENTICATION_PATH}`, form, LOGIN_TIMEOUT_MS)),
	);
	if ('error' in answer) throw describeLoginFailure(answer.error);
	const parsed = parseTokenResponse(answer.value);
	if ('problem' in parsed) {
		throw new ExploreLoginError(
			parsed.problem,
			'The Base URL may not point to the EXPLORE API, or EXPLORE changed its login answer. Check the Base URL; if it is right, contact EXPLORE support.',
		);
	}
	return parsed.token;
}

/** The outcome of a promise as a value, so a failure can be described before it is thrown. */
async function settle<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
	return await promise.then(
		(value) => ({ value }),
		(error: unknown) => ({ error }),
	);
}
