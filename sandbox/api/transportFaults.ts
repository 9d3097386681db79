import type { PendingFault } from '../faults';
import { sendHtml, sendMessage, sendText } from '../http/respond';
import type { ApiExchange } from './exchange';

// INVENTED: every body below; nothing documents how EXPLORE fails.
const STATUS_MESSAGES: Record<number, string> = {
	429: 'Too many requests. Please retry later.',
	500: 'An error has occurred.',
};
const GATEWAY_PAGE = (status: number) =>
	`<!DOCTYPE html><html><head><title>${status} - Service indisponible</title></head>` +
	`<body><h1>${status}</h1><p>Le service est momentanément indisponible.</p></body></html>`;
const HTML_ERROR_PAGE =
	'<!DOCTYPE html><html><head><title>Erreur</title></head><body><h2>Une erreur est survenue' +
	'</h2><p>Merci de réessayer plus tard.</p></body></html>';
const TRUNCATED_JSON = '{"TOTAL":12,"PROJETS":[{"ID_PROJET":"4810007","TITRE":"Construction d';

/**
 * Plays a transport fault. Returns true when it answered the request; a delay only waits and
 * expireTokens only expires every token, then the request is handled normally.
 */
export async function playTransportFault(
	exchange: ApiExchange,
	fault: PendingFault | undefined,
): Promise<boolean> {
	if (fault === undefined) return false;
	const { response, state } = exchange;
	exchange.log.fault = fault.kind;
	switch (fault.kind) {
		case 'delay':
			await state.sleep(fault.delayMs ?? 0);
			return false;
		case 'status': {
			const status = fault.status ?? 503;
			const headers: Record<string, string> = {};
			if (fault.retryAfterSeconds !== undefined) {
				headers['Retry-After'] = String(fault.retryAfterSeconds);
			}
			if (status === 502 || status === 503) {
				sendHtml(response, status, GATEWAY_PAGE(status), headers);
			} else {
				sendMessage(response, status, STATUS_MESSAGES[status] ?? 'An error has occurred.', headers);
			}
			return true;
		}
		case 'reset':
			response.writeHead(200, {
				'Content-Type': 'application/json; charset=utf-8',
				'Content-Length': 4096,
			});
			response.write(TRUNCATED_JSON, () => response.destroy());
			return true;
		case 'malformedJson':
			sendText(response, 200, TRUNCATED_JSON, 'application/json; charset=utf-8');
			return true;
		case 'htmlError':
			sendHtml(response, 200, HTML_ERROR_PAGE);
			return true;
		case 'expireTokens':
			state.tokens.expireAll(state.clock.now());
			return false;
		default:
			return false;
	}
}
