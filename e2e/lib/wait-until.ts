/* eslint-disable @n8n/community-nodes/no-restricted-globals -- e2e test code run by Node and jest, never shipped in the n8n package */
// Bounded polling for something that happens in another process (a poll, a delivery).

export interface WaitOptions {
	timeoutMs: number;
	intervalMs?: number;
	/** What is awaited, for the timeout message. */
	what: string;
	/** Extra context for the timeout message, e.g. a log tail. */
	context?: () => string | Promise<string>;
}

/** Resolves with the first truthy value of `check`; rejects after `timeoutMs`. */
export async function waitUntil<T>(
	check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
	{ timeoutMs, intervalMs = 250, what, context }: WaitOptions,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) {
			throw new Error(
				`Timed out after ${timeoutMs} ms waiting for ${what}${context ? `\n${await context()}` : ''}`,
			);
		}
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}
