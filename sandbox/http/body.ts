/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a development tool run by Node, never shipped in the n8n package */
import type { IncomingMessage } from 'http';

export const API_BODY_LIMIT_BYTES = 1024 * 1024;
/** Past the limit the rest is read and dropped (so the client sees the 413) up to this size. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

export class BodyTooLargeError extends Error {
	constructor(readonly limitBytes: number) {
		super(`The request body is larger than ${limitBytes} bytes.`);
	}
}

/** The whole request body; BodyTooLargeError when its declared or actual size passes the limit. */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
	const declared = Number(request.headers['content-length']);
	if (Number.isFinite(declared) && declared > DRAIN_LIMIT_BYTES) {
		return Promise.reject(new BodyTooLargeError(limitBytes));
	}
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let settled = false;
		const settle = (outcome: () => void) => {
			if (!settled) {
				settled = true;
				outcome();
			}
		};
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= limitBytes) chunks.push(chunk);
			else chunks.length = 0;
			if (size > DRAIN_LIMIT_BYTES) {
				request.pause();
				settle(() => reject(new BodyTooLargeError(limitBytes)));
			}
		});
		request.on('end', () =>
			settle(() =>
				size > limitBytes
					? reject(new BodyTooLargeError(limitBytes))
					: resolve(Buffer.concat(chunks)),
			),
		);
		request.on('error', (error) => settle(() => reject(error)));
		request.on('close', () => settle(() => reject(new Error('The client went away.'))));
	});
}

/** The media type of the request without parameters, lower-case ('' when absent). */
export function mediaTypeOf(request: IncomingMessage): string {
	return (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}
