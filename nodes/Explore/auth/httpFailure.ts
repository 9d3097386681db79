/** What went wrong in one HTTP call, read from whichever error shape the n8n host produced. */
export interface HttpFailure {
	status?: number;
	/** The API's own message (ASP.NET `{"Message": …}`), when the body has one. */
	apiMessage?: string;
	/** The start of the response body, for "wrong shape" errors. */
	bodyStart?: string;
	retryAfterSeconds?: number;
	/** ECONNRESET, ECONNABORTED, ETIMEDOUT, ECONNREFUSED, ENOTFOUND… */
	networkCode?: string;
}

interface ErrorLike {
	cause?: unknown;
	code?: unknown;
	httpCode?: unknown;
	response?: { status?: unknown; headers?: unknown; data?: unknown; body?: unknown };
	statusCode?: unknown;
}

const BODY_PREVIEW_LENGTH = 200;
/**
 * What an error carrying a 2xx status means: the answer had started when the connection broke
 * (axios says ERR_BAD_RESPONSE, "stream has been aborted"). For the user and for retries that is
 * a connection reset, not an HTTP failure.
 */
const CUT_OFF_ANSWER_CODE = 'ECONNRESET';
const MESSAGE_FIELDS = ['Message', 'message', 'ExceptionMessage', 'error_description', 'error'];

function causeChain(error: unknown): ErrorLike[] {
	const chain: ErrorLike[] = [];
	let current: unknown = error;
	while (current !== null && typeof current === 'object' && chain.length < 6) {
		chain.push(current as ErrorLike);
		current = (current as ErrorLike).cause;
	}
	return chain;
}

function headerValue(headers: unknown, name: string): string | undefined {
	if (headers === null || typeof headers !== 'object') return undefined;
	const getter = (headers as { get?: (n: string) => unknown }).get;
	if (typeof getter === 'function') {
		const value = getter.call(headers, name);
		if (value !== undefined && value !== null) return String(value);
	}
	const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
	return entry === undefined ? undefined : String(entry[1]);
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

export function bodyToText(body: unknown): string {
	if (body === undefined || body === null) return '';
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	try {
		return JSON.stringify(body);
	} catch {
		return String(body);
	}
}

export function previewBody(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > BODY_PREVIEW_LENGTH ? `${flat.slice(0, BODY_PREVIEW_LENGTH)}…` : flat;
}

export function apiMessageOf(text: string): string | undefined {
	try {
		const parsed: unknown = JSON.parse(text);
		if (typeof parsed === 'string') return parsed;
		if (parsed !== null && typeof parsed === 'object') {
			for (const field of MESSAGE_FIELDS) {
				const value = (parsed as Record<string, unknown>)[field];
				if (typeof value === 'string' && value.trim() !== '') return value.trim();
			}
		}
	} catch {
		return undefined;
	}
	return undefined;
}

export function readHttpFailure(error: unknown): HttpFailure {
	const failure: HttpFailure = {};
	let answerCutOff = false;
	for (const link of causeChain(error)) {
		const response = link.response;
		if (failure.status === undefined) {
			const status = Number(response?.status ?? link.statusCode ?? link.httpCode);
			if (status >= 200 && status < 300) answerCutOff = true;
			else if (Number.isInteger(status) && status >= 100 && status < 600) failure.status = status;
		}
		if (
			response &&
			failure.bodyStart === undefined &&
			(response.data ?? response.body) !== undefined
		) {
			const text = bodyToText(response.data ?? response.body);
			failure.bodyStart = previewBody(text);
			failure.apiMessage = apiMessageOf(text);
		}
		if (response && failure.retryAfterSeconds === undefined) {
			failure.retryAfterSeconds = parseRetryAfter(headerValue(response.headers, 'retry-after'));
		}
		if (
			failure.networkCode === undefined &&
			typeof link.code === 'string' &&
			/^E[A-Z_]+$/.test(link.code) &&
			!link.code.startsWith('ERR_BAD')
		) {
			failure.networkCode = link.code;
		}
	}
	if (answerCutOff && failure.status === undefined) failure.networkCode ??= CUT_OFF_ANSWER_CODE;
	return failure;
}
