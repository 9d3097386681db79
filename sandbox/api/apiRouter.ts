/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- a development tool run by Node, never shipped in the n8n package */
import type { IncomingMessage, ServerResponse } from 'http';

import { EXPLORE_ENDPOINTS } from '../../nodes/Explore/endpoints';
import type { ExploreEndpoint } from '../../nodes/Explore/endpoints';
import { sendMessage } from '../http/respond';
import { API_PREFIX, LOGIN_PATH } from '../paths';
import type { SimulatorState } from '../state';
import { handleDataRequest } from './dataRoute';
import type { ApiExchange } from './exchange';
import { handleLogin } from './login';

type ApiRoute = { kind: 'login' } | { kind: 'data'; endpoint: ExploreEndpoint };

/** IIS paths are case-insensitive: `/exploreapi/api/crmalertes/alertes` works too. */
function findRoute(path: string): ApiRoute | undefined {
	const normalized = path.toLowerCase().replace(/\/+$/, '');
	const prefix = API_PREFIX.toLowerCase();
	if (!normalized.startsWith(prefix)) return undefined;
	const below = normalized.slice(prefix.length);
	if (below === LOGIN_PATH.toLowerCase()) return { kind: 'login' };
	const endpoint = EXPLORE_ENDPOINTS.find((candidate) => candidate.path.toLowerCase() === below);
	return endpoint === undefined ? undefined : { kind: 'data', endpoint };
}

/** Answers an API request and logs it once the answer is sent (or the socket is dropped). */
export async function handleApiRequest(
	request: IncomingMessage,
	response: ServerResponse,
	path: string,
	state: SimulatorState,
): Promise<void> {
	const startedAt = Date.now();
	const host = request.headers.host ?? '127.0.0.1';
	const exchange: ApiExchange = {
		request,
		response,
		state,
		requestUri: `http://${host}${request.url ?? '/'}`,
		log: { login: false },
	};
	response.on('close', () => {
		const entry = {
			time: new Date(state.clock.now()).toISOString(),
			method: request.method ?? '',
			path,
			status: response.statusCode,
			...exchange.log,
			durationMs: Date.now() - startedAt,
		};
		state.log.record(entry);
		if (!state.config.quiet) {
			console.log(`${entry.method} ${path} → ${entry.status} (${entry.durationMs} ms)`);
		}
	});

	const route = findRoute(path);
	if (route === undefined) {
		request.resume();
		const message = `No HTTP resource was found that matches the request URI '${exchange.requestUri}'.`;
		sendMessage(response, 404, message);
		return;
	}
	if (route.kind === 'login') exchange.log.login = true;
	else exchange.log.endpoint = route.endpoint.path;
	if (request.method !== 'POST') {
		request.resume();
		sendMessage(
			response,
			405,
			`The requested resource does not support http method '${request.method ?? ''}'.`,
			{ Allow: 'POST' },
		);
		return;
	}
	if (route.kind === 'login') await handleLogin(exchange);
	else await handleDataRequest(exchange, route.endpoint);
}
