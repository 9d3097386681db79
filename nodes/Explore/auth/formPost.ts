import type { IHttpRequestOptions } from 'n8n-workflow';

/**
 * Every EXPLORE call, login included: a form-urlencoded POST asking for JSON, read as text so that
 * a non-JSON answer (an HTML error page) can be reported instead of half-parsed.
 */
export function formPost(
	url: string,
	form: URLSearchParams,
	timeoutMs: number,
): IHttpRequestOptions {
	return {
		method: 'POST',
		url,
		body: form.toString(),
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			Accept: 'application/json',
		},
		encoding: 'text',
		json: false,
		timeout: timeoutMs,
	};
}
