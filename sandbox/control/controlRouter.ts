/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error -- a development tool run by Node, never shipped in the n8n package */
import type { IncomingMessage, ServerResponse } from 'http';

import type { SimulatorControls } from '../controls';
import { BodyTooLargeError, mediaTypeOf, readBody } from '../http/body';
import { sendJson, sendMessage } from '../http/respond';
import { CONTROL_PREFIX } from '../paths';
import { ControlInputError } from './inputError';

const CONTROL_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

type Body = Record<string, unknown>;
type RouteAction = (controls: SimulatorControls, body: Body, name: string) => unknown;

/** `/__sim/<path>` by verb; `:name` stands for a sink name. */
const ROUTES: Record<string, Partial<Record<string, RouteAction>>> = {
	'': { GET: (controls) => controls.info() },
	info: { GET: (controls) => controls.info() },
	flag: { POST: (controls, body) => controls.flag(body as never) },
	reset: { POST: (controls) => (controls.reset(), { reset: true }) },
	requests: {
		GET: (controls) => controls.requests(),
		DELETE: (controls) => (controls.clearRequests(), { cleared: true }),
	},
	stats: { GET: (controls) => controls.stats() },
	clock: {
		GET: (controls) => clockView(controls.now()),
		POST: (controls, body) => clockView(controls.setClock(body)),
	},
	config: {
		GET: (controls) => controls.config(),
		POST: (controls, body) => controls.configure(body),
	},
	'tokens/revoke': { POST: (controls) => controls.revokeTokens() },
	faults: {
		GET: (controls) => controls.faults(),
		POST: (controls, body) => applyFaultBody(controls, body),
		DELETE: (controls) => controls.clearFaults(),
	},
	sign: { POST: (controls, body) => controls.signQuery(body as Record<string, string>) },
	'sink/:name': {
		GET: (controls, _body, name) => controls.sink(name),
		POST: (controls, body, name) => ({ stored: controls.storeInSink(name, body) }),
		DELETE: (controls, _body, name) => (controls.clearSink(name), { cleared: true }),
	},
};

export async function handleControlRequest(
	request: IncomingMessage,
	response: ServerResponse,
	path: string,
	controls: SimulatorControls,
): Promise<void> {
	const below = path.slice(CONTROL_PREFIX.length).replace(/^\/+|\/+$/g, '');
	const sinkName = /^sink\/(.+)$/i.exec(below)?.[1];
	const routeKey = sinkName === undefined ? below.toLowerCase() : 'sink/:name';
	const route = ROUTES[routeKey];
	if (route === undefined) {
		request.resume();
		sendMessage(response, 404, `No simulator control at ${path}.`);
		return;
	}
	const action = route[request.method ?? ''];
	if (action === undefined) {
		request.resume();
		const allowed = Object.keys(route).join(', ');
		sendMessage(response, 405, `Use ${allowed} for ${path}.`, { Allow: allowed });
		return;
	}
	try {
		const body = await readControlBody(request, routeKey === 'sink/:name');
		sendJson(response, 200, (await action(controls, body as Body, sinkName ?? '')) ?? null);
	} catch (error) {
		if (error instanceof ControlInputError) sendMessage(response, 400, error.message);
		else if (error instanceof BodyTooLargeError) sendMessage(response, 413, error.message);
		else throw error;
	}
}

/** JSON for every control; a sink keeps JSON, else a form (as an object), else the text. */
async function readControlBody(request: IncomingMessage, isSink: boolean): Promise<unknown> {
	const text = (await readBody(request, CONTROL_BODY_LIMIT_BYTES)).toString('utf8');
	if (text.trim() === '') return isSink ? null : {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		if (!isSink) throw new ControlInputError('The body must be JSON.');
		const isForm = mediaTypeOf(request) === 'application/x-www-form-urlencoded';
		return isForm ? Object.fromEntries(new URLSearchParams(text)) : text;
	}
	if (!isSink && (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))) {
		throw new ControlInputError('The body must be a JSON object.');
	}
	return parsed;
}

/** `{faults: [...], switches: {...}}`, or a single fault spec as the whole body. */
function applyFaultBody(controls: SimulatorControls, body: Body): unknown {
	if (body.kind !== undefined) return controls.addFault(body as never);
	return controls.changeFaults(body as never);
}

function clockView(now: Date): { now: string } {
	return { now: now.toISOString() };
}
