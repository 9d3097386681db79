import { NodeApiError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';

import type { HttpFailure } from '../auth/httpFailure';

export interface ErrorContext {
	/** What was being fetched, e.g. "projects flagged in EXPLORE". */
	what: string;
	attempts: number;
	timeoutMs: number;
	secrets: string[];
}

interface Explanation {
	message: string;
	description: string;
}

/** Removes every secret value from a text that may be shown to the user. */
export function redact(text: string, secrets: string[]): string {
	let safe = text;
	for (const secret of secrets) {
		if (secret.length >= 4) safe = safe.split(secret).join('[redacted]');
	}
	return safe.replace(/Bearer\s+[A-Za-z0-9\-._~+/=]+/g, 'Bearer [redacted]');
}

const withApiMessage = (base: string, failure: HttpFailure) =>
	failure.apiMessage ? `${base}: ${failure.apiMessage}` : base;

function explainStatus(failure: HttpFailure, context: ErrorContext): Explanation {
	const status = failure.status as number;
	const tries = context.attempts > 1 ? ` after ${context.attempts} attempts` : '';
	switch (true) {
		case status === 400:
			return {
				message: withApiMessage(
					`EXPLORE rejected the request for ${context.what} (HTTP 400)`,
					failure,
				),
				description:
					'Check the filters: dates must be valid and Date From before Date To; emails must be valid addresses.',
			};
		case status === 401:
			return {
				message: withApiMessage(
					`EXPLORE refused the credentials for ${context.what} (HTTP 401)`,
					failure,
				),
				description:
					'n8n already renewed the token once. Check the Client Key, Secret Key and Authentication method in the EXPLORE API credential.',
			};
		case status === 403:
			return {
				message: withApiMessage(`EXPLORE denied access to ${context.what} (HTTP 403)`, failure),
				description:
					'Your EXPLORE subscription may not include this service. Ask EXPLORE customer support to enable it for your keys.',
			};
		case status === 404:
			return {
				message: `EXPLORE has no service for ${context.what} at this address (HTTP 404)`,
				description:
					'Check the Base URL in the EXPLORE API credential: it should end with /ExploreAPI/api/.',
			};
		case status === 429:
			return {
				message: `EXPLORE is limiting the request rate (HTTP 429)${tries}${failure.retryAfterSeconds !== undefined ? `; it asked to wait ${Math.ceil(failure.retryAfterSeconds)} s` : ''}`,
				description:
					'Run the workflow less often, use a larger Page Size (fewer requests), or try again later.',
			};
		case status >= 500:
			return {
				message: withApiMessage(
					`EXPLORE failed to answer for ${context.what} (HTTP ${status})${tries}`,
					failure,
				),
				description:
					'The EXPLORE service has a problem. Try again later; if it persists, contact EXPLORE support.',
			};
		default:
			return {
				message: withApiMessage(`EXPLORE answered HTTP ${status} for ${context.what}`, failure),
				description: 'Check the node parameters and the EXPLORE API credential.',
			};
	}
}

function explainNetwork(failure: HttpFailure, context: ErrorContext): Explanation {
	const tries = context.attempts > 1 ? ` (${context.attempts} attempts)` : '';
	switch (failure.networkCode) {
		case 'ECONNABORTED':
		case 'ETIMEDOUT':
		case 'ERR_SOCKET_CONNECTION_TIMEOUT':
			return {
				message: `EXPLORE did not answer within ${Math.round(context.timeoutMs / 1000)} s${tries}`,
				description:
					'EXPLORE may be slow right now: try again later, raise the Timeout option, or narrow the date range.',
			};
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return {
				message: 'The EXPLORE server name could not be resolved',
				description: 'Check the Base URL in the EXPLORE API credential and the DNS of this n8n.',
			};
		case 'ECONNREFUSED':
			return {
				message: `The EXPLORE server refused the connection${tries}`,
				description: 'Check the Base URL in the EXPLORE API credential, or try again later.',
			};
		default:
			// n8n swaps a message naming a network code (ECONNRESET…) for its own text: not here.
			return {
				message: `The connection to EXPLORE broke off${tries}`,
				description: `The connection was interrupted (${failure.networkCode ?? 'network error'}). Try again later; check the Base URL if it persists.`,
			};
	}
}

export function httpFailureError(
	node: INode,
	failure: HttpFailure,
	context: ErrorContext,
): NodeApiError {
	const explained =
		failure.status !== undefined
			? explainStatus(failure, context)
			: explainNetwork(failure, context);
	return exploreApiError(
		node,
		explained.message,
		explained.description,
		context.secrets,
		failure.status,
	);
}

export function exploreApiError(
	node: INode,
	message: string,
	description: string,
	secrets: string[],
	httpCode?: number,
): NodeApiError {
	const safeMessage = redact(message, secrets);
	const safeDescription = redact(description, secrets);
	const code = httpCode === undefined ? undefined : String(httpCode);
	return new NodeApiError(
		node,
		{ message: safeMessage, description: safeDescription, httpCode: code ?? null } as JsonObject,
		{ message: safeMessage, description: safeDescription, httpCode: code },
	);
}
