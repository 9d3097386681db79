/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- a development tool run by Node, never shipped in the n8n package */
import type { IncomingMessage, ServerResponse } from 'http';

import { handleApiRequest } from '../api/apiRouter';
import { handleControlRequest } from '../control/controlRouter';
import type { SimulatorControls } from '../controls';
import { CONTROL_PREFIX } from '../paths';
import type { SimulatorState } from '../state';
import { sendJson, sendMessage } from './respond';

/** Every request: the control API under /__sim, the EXPLORE API elsewhere. Never throws. */
export function createRequestHandler(state: SimulatorState, controls: SimulatorControls) {
	return (request: IncomingMessage, response: ServerResponse): void => {
		route(request, response, state, controls).catch((error: unknown) => {
			if (!state.config.quiet) console.error('Simulator error:', error);
			if (response.headersSent) response.destroy();
			else sendMessage(response, 500, 'An error has occurred.');
		});
	};
}

async function route(
	request: IncomingMessage,
	response: ServerResponse,
	state: SimulatorState,
	controls: SimulatorControls,
): Promise<void> {
	const path = decodedPath(request.url ?? '/');
	if (path === undefined) {
		request.resume();
		sendMessage(response, 400, 'Bad Request - Invalid URL');
		return;
	}
	const lowerPath = path.toLowerCase();
	if (lowerPath === CONTROL_PREFIX || lowerPath.startsWith(`${CONTROL_PREFIX}/`)) {
		await handleControlRequest(request, response, path, controls);
	} else if (path === '/' && request.method === 'GET') {
		request.resume();
		sendJson(response, 200, controls.info());
	} else {
		await handleApiRequest(request, response, path, state);
	}
}

/** The path without its query string, percent-decoded; undefined when it cannot be decoded. */
function decodedPath(url: string): string | undefined {
	try {
		return decodeURIComponent(url.split('?')[0]);
	} catch {
		return undefined;
	}
}
