/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a development tool run by Node, never shipped in the n8n package */
import type { ServerResponse } from 'http';

type Headers = Record<string, string | number>;

export function sendText(
	response: ServerResponse,
	status: number,
	body: string,
	contentType: string,
	headers: Headers = {},
): void {
	if (response.headersSent || response.destroyed) return;
	const bytes = Buffer.from(body, 'utf8');
	response.writeHead(status, {
		'Content-Type': contentType,
		'Content-Length': bytes.length,
		...headers,
	});
	response.end(bytes);
}

export function sendJson(
	response: ServerResponse,
	status: number,
	body: unknown,
	headers: Headers = {},
): void {
	sendText(response, status, JSON.stringify(body), 'application/json; charset=utf-8', headers);
}

/** ASP.NET Web API's default error body: `{"Message": "…"}`. */
export function sendMessage(
	response: ServerResponse,
	status: number,
	message: string,
	headers: Headers = {},
): void {
	sendJson(response, status, { Message: message }, headers);
}

export function sendHtml(
	response: ServerResponse,
	status: number,
	html: string,
	headers: Headers = {},
): void {
	sendText(response, status, html, 'text/html; charset=utf-8', headers);
}
