import { API_PARAMETERS } from '../../nodes/Explore/endpoints';
import type { ExploreEndpoint } from '../../nodes/Explore/endpoints';
import { sendJson, sendMessage } from '../http/respond';
import { authorize } from './authorize';
import { parseDataQuery } from './dataQuery';
import { buildEnvelope } from './envelope';
import type { ApiExchange } from './exchange';
import type { FormFields } from './formFields';
import { unsupportedMediaType } from './login';
import { playPageFault } from './pageFaults';
import { readApiForm } from './readApiForm';
import { applyRecordQuirks } from './recordQuirks';
import { playTransportFault } from './transportFaults';

const LOGGED_PARAMETERS = Object.values(API_PARAMETERS);

/** `POST …/CRMAlertes/…`: one page of the records flagged in a date window. */
export async function handleDataRequest(
	exchange: ApiExchange,
	endpoint: ExploreEndpoint,
): Promise<void> {
	const { request, response, state } = exchange;
	exchange.log.endpoint = endpoint.path;
	if (await playTransportFault(exchange, state.faults.takeTransportFault('data'))) return;
	const form = await readApiForm(exchange);
	if (form === undefined) return;

	const authorization = authorize(request, form, state);
	exchange.log.auth = authorization.mode;
	if (!authorization.granted) {
		sendMessage(response, 401, authorization.message, { 'WWW-Authenticate': 'Bearer' });
		return;
	}
	if (form === null) {
		sendMessage(response, 415, unsupportedMediaType(exchange));
		return;
	}
	exchange.log.params = loggableParameters(authorization.parameters);

	const switches = state.faults.switches;
	const parsed = parseDataQuery(authorization.parameters, state.config.maxPageSize, switches);
	if ('invalid' in parsed) {
		sendJson(response, 400, { Message: 'The request is invalid.', ModelState: parsed.invalid });
		return;
	}
	const { query } = parsed;
	const records = state.dataset.find(endpoint.path);
	if (records === undefined) throw new Error(`No records for ${endpoint.path}`);
	const offset = switches.ignorePage ? 0 : query.offset;
	const selection = {
		fromMs: query.fromMs,
		toMs: query.toMs,
		emails: query.emails,
		offset,
		limit: switches.ignoreMax ? null : query.pageSize,
	};
	if (offset > 0) playPageFault(exchange, records, selection, state.faults.takePageFault());
	const page = records.page(selection);
	page.records = applyRecordQuirks(page.records, switches);
	const fault = state.faults.takeEnvelopeFault();
	if (fault !== undefined) exchange.log.fault = fault.kind;
	sendJson(
		response,
		200,
		buildEnvelope(endpoint, { ...page, offset, pageSize: query.pageSize }, fault),
	);
}

/** Only the documented search parameters: never CleClient, keys, Signature or token. */
function loggableParameters(parameters: FormFields): Record<string, string> {
	const logged: Record<string, string> = {};
	for (const name of LOGGED_PARAMETERS) {
		const value = parameters.get(name);
		if (value !== undefined) logged[name] = value;
	}
	return logged;
}
