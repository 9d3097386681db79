/* eslint-disable @n8n/community-nodes/require-node-api-error -- a development tool run by Node, never shipped in the n8n package */
import { API_BODY_LIMIT_BYTES, BodyTooLargeError, mediaTypeOf, readBody } from '../http/body';
import { sendMessage } from '../http/respond';
import type { ApiExchange } from './exchange';
import { FormFields } from './formFields';

const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/**
 * The form fields of an API request; null when the body is not a form (the caller decides
 * between 401 and 415); undefined when it already answered (413, 415 for an encoded body).
 */
export async function readApiForm(exchange: ApiExchange): Promise<FormFields | null | undefined> {
	const { request, response } = exchange;
	const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
	if (encoding !== 'identity') {
		request.resume();
		sendMessage(response, 415, `Content-Encoding '${encoding}' is not supported.`);
		return undefined;
	}
	let body: Buffer;
	try {
		body = await readBody(request, API_BODY_LIMIT_BYTES);
	} catch (error) {
		if (!(error instanceof BodyTooLargeError)) throw error;
		sendMessage(response, 413, error.message, { Connection: 'close' });
		return undefined;
	}
	return mediaTypeOf(request) === FORM_MEDIA_TYPE ? new FormFields(body.toString('utf8')) : null;
}
