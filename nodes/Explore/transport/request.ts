import { NodeOperationError, sleep as n8nSleep } from 'n8n-workflow';
import type { IExecuteFunctions, IPollFunctions } from 'n8n-workflow';

import { normalizeBaseUrl } from '../auth/baseUrl';
import { formPost } from '../auth/formPost';
import { bodyToText, previewBody, readHttpFailure } from '../auth/httpFailure';
import type { ExploreEndpoint } from '../endpoints';
import { exploreApiError, httpFailureError } from './errors';
import { DEFAULT_RETRY_POLICY, isRetryable, retryDelayMs } from './retryPolicy';
import type { RetryPolicy } from './retryPolicy';

export type ExploreContext = IExecuteFunctions | IPollFunctions;

export const CREDENTIAL_TYPE = 'exploreApi';
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface ExploreRequestOptions {
	timeoutMs?: number;
	retryPolicy?: RetryPolicy;
	sleep?: (ms: number) => Promise<void>;
}

interface NamedError {
	name?: string;
	message?: string;
	description?: string;
	cause?: unknown;
}

function findInChain(error: unknown, name: string): NamedError | undefined {
	let current = error as NamedError | undefined;
	for (let depth = 0; current && depth < 6; depth++) {
		if (current.name === name) return current;
		current = current.cause as NamedError | undefined;
	}
	return undefined;
}

function secretsOf(credentials: Record<string, unknown>): string[] {
	return ['clientKey', 'secretKey', 'accessToken']
		.map((name) => credentials[name])
		.filter((value): value is string => typeof value === 'string' && value !== '');
}

function parseJson(body: unknown): unknown {
	if (typeof body !== 'string' && !Buffer.isBuffer(body)) return body;
	return JSON.parse(bodyToText(body));
}

/**
 * The one way this package calls EXPLORE: a form-urlencoded POST through n8n's authenticated
 * request helper (which logs in, caches the token in the credential and renews it on 401/403),
 * retried with back-off on 429, 5xx and network failures. Returns the parsed JSON answer.
 */
export async function exploreApiRequest(
	this: ExploreContext,
	endpoint: Pick<ExploreEndpoint, 'path'>,
	what: string,
	form: URLSearchParams,
	options: ExploreRequestOptions = {},
): Promise<unknown> {
	const node = this.getNode();
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	let baseUrl: string;
	try {
		baseUrl = normalizeBaseUrl(credentials.baseUrl);
	} catch (error) {
		throw new NodeOperationError(node, (error as Error).message, {
			description: 'Fix the Base URL in the EXPLORE API credential.',
		});
	}
	const policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const sleep = options.sleep ?? n8nSleep;
	let waitedMs = 0;

	for (let attempt = 1; ; attempt++) {
		let body: unknown;
		try {
			body = await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				formPost(`${baseUrl}${endpoint.path}`, form, timeoutMs),
				{ preAuthenticationRetryStatusCode: [401, 403] },
			);
		} catch (error) {
			const badBaseUrl = findInChain(error, 'InvalidBaseUrlError');
			if (badBaseUrl) {
				throw new NodeOperationError(node, String(badBaseUrl.message), {
					description: 'Fix the Base URL in the EXPLORE API credential.',
				});
			}
			const failure = readHttpFailure(error);
			if (isRetryable(failure) && attempt <= policy.maxRetries) {
				const delayMs = retryDelayMs(failure, attempt, policy);
				if (delayMs <= policy.maxRetryAfterMs && waitedMs + delayMs <= policy.maxTotalWaitMs) {
					waitedMs += delayMs;
					await sleep(delayMs);
					continue;
				}
			}
			// Read again: the login may have stored a new token since the request started.
			const secrets = secretsOf({
				...credentials,
				...(await this.getCredentials(CREDENTIAL_TYPE)),
			});
			const login = findInChain(error, 'ExploreLoginError');
			if (login) {
				throw exploreApiError(
					node,
					String(login.message),
					String(login.description),
					secrets,
					failure.status,
				);
			}
			throw httpFailureError(node, failure, { what, attempts: attempt, timeoutMs, secrets });
		}
		try {
			return parseJson(body);
		} catch {
			const secrets = secretsOf(await this.getCredentials(CREDENTIAL_TYPE));
			throw exploreApiError(
				node,
				`EXPLORE answered the request for ${what} with something that is not JSON: ${previewBody(bodyToText(body)) || '(empty)'}`,
				'The Base URL may point to a web page instead of the API (it should end with /ExploreAPI/api/), or EXPLORE has a temporary problem: try again later.',
				secrets,
			);
		}
	}
}
