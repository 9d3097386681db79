import type { HttpFailure } from '../auth/httpFailure';

/** How hard the transport tries before giving up. Every request is logged by EXPLORE: stay polite. */
export interface RetryPolicy {
	/** Retries after the first attempt. */
	maxRetries: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** A Retry-After longer than this is not waited for: the call fails with a clear error. */
	maxRetryAfterMs: number;
	/** Upper bound on all the waiting one request may do. */
	maxTotalWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxRetries: 4,
	baseDelayMs: 1000,
	maxDelayMs: 15_000,
	maxRetryAfterMs: 60_000,
	maxTotalWaitMs: 90_000,
};

const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
const RETRYABLE_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ECONNABORTED',
	'ETIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
	'UND_ERR_SOCKET',
]);

export function isRetryable(failure: HttpFailure): boolean {
	if (failure.status !== undefined) return RETRYABLE_STATUSES.has(failure.status);
	return failure.networkCode === undefined || RETRYABLE_NETWORK_CODES.has(failure.networkCode);
}

/** Exponential back-off with full jitter, or the server's Retry-After when it sent one. */
export function retryDelayMs(
	failure: HttpFailure,
	retryNumber: number,
	policy: RetryPolicy,
	random: () => number = Math.random,
): number {
	if (failure.retryAfterSeconds !== undefined) return Math.ceil(failure.retryAfterSeconds * 1000);
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1));
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
