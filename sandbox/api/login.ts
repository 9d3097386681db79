/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a development tool run by Node, never shipped in the n8n package */
import type { ServerResponse } from 'http';

import type { LoginGarbage } from '../faults';
import { sendHtml, sendJson, sendMessage, sendText } from '../http/respond';
import type { TokenResponseStyle } from '../options';
import type { ApiExchange } from './exchange';
import { readApiForm } from './readApiForm';
import { playTransportFault } from './transportFaults';

// INVENTED: the token call is undocumented; these are ASP.NET-like guesses.
const WRONG_KEYS_MESSAGE = 'Invalid client key or secret key.';
const MISSING_KEYS_MESSAGE = 'The client key and the secret key are required.';

/** `POST …/Authentification`: form keys → a token valid tokenTtlSeconds. */
export async function handleLogin(exchange: ApiExchange): Promise<void> {
	const { response, state } = exchange;
	exchange.log.login = true;
	if (await playTransportFault(exchange, state.faults.takeTransportFault('login'))) return;
	const form = await readApiForm(exchange);
	if (form === undefined) return;
	if (form === null) {
		sendMessage(response, 415, unsupportedMediaType(exchange));
		return;
	}
	exchange.log.fieldNames = form.names;

	const garbage = state.faults.switches.loginGarbage;
	if (garbage !== false) {
		sendGarbage(response, garbage);
		return;
	}
	const { clientKey, secretKey, clientKeyField, secretKeyField } = state.config;
	const givenClientKey = form.get(clientKeyField);
	const givenSecretKey = form.get(secretKeyField);
	if (!givenClientKey || !givenSecretKey) {
		sendMessage(response, 401, MISSING_KEYS_MESSAGE);
		return;
	}
	if (givenClientKey !== clientKey || givenSecretKey !== secretKey) {
		sendMessage(response, 401, WRONG_KEYS_MESSAGE);
		return;
	}
	const token = state.tokens.issue(state.clock.now(), state.config.tokenTtlSeconds);
	exchange.log.tokenIssued = true;
	sendToken(response, token, state.config.tokenResponseStyle);
}

function sendToken(response: ServerResponse, token: string, style: TokenResponseStyle): void {
	if (style === 'raw') sendText(response, 200, token, 'text/plain; charset=utf-8');
	else if (style === 'object') sendJson(response, 200, { token });
	else sendJson(response, 200, token);
}

/** 200 answers that carry no token. */
function sendGarbage(response: ServerResponse, garbage: LoginGarbage): void {
	if (garbage === 'empty') sendText(response, 200, '', 'application/json; charset=utf-8');
	else if (garbage === 'object') sendJson(response, 200, { Succes: true, Message: null });
	else sendHtml(response, 200, '<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>');
}

/** ASP.NET's wording for a body it cannot bind. */
export function unsupportedMediaType(exchange: ApiExchange): string {
	const mediaType = (exchange.request.headers['content-type'] ?? '').split(';')[0].trim();
	return `The request entity's media type '${mediaType}' is not supported for this resource.`;
}
