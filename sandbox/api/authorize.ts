/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a development tool run by Node, never shipped in the n8n package */
import type { IncomingMessage } from 'http';

import { parisDayStamp } from '../parisTime';
import { decryptSignature } from '../signature';
import type { SimulatorState } from '../state';
import { FormFields } from './formFields';

export type Authorization =
	| { granted: true; mode: 'bearer' | 'signed'; parameters: FormFields }
	| { granted: false; mode: 'bearer' | 'signed' | 'none'; message: string };

/** ASP.NET's wording when the [Authorize] filter refuses a request. */
export const DENIED_MESSAGE = 'Authorization has been denied for this request.';
/** INVENTED: what the signed mode says about a bad signature. */
const BAD_SIGNATURE_MESSAGE = 'Invalid signature: wrong secret key, or not generated today.';
const BAD_CLIENT_KEY_MESSAGE = 'Invalid client key.';

/**
 * A Bearer token from the login call, or else the deprecated signed mode: `CleClient` in clear
 * plus `Signature`, the AES-encrypted query string; its parameters replace the form's.
 */
export function authorize(
	request: IncomingMessage,
	form: FormFields | null,
	state: SimulatorState,
): Authorization {
	const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
	const now = state.clock.now();
	if (bearer !== null) {
		return state.tokens.isValid(bearer[1], now)
			? { granted: true, mode: 'bearer', parameters: form ?? new FormFields('') }
			: { granted: false, mode: 'bearer', message: DENIED_MESSAGE };
	}
	const clientKey = form === null ? undefined : form.get('CleClient');
	const signature = form === null ? undefined : form.get('Signature');
	if (clientKey === undefined || signature === undefined) {
		return { granted: false, mode: 'none', message: DENIED_MESSAGE };
	}
	if (state.signaturesSeen.size < 100_000) state.signaturesSeen.add(signature);
	const { clientKey: expectedKey, secretKey } = state.config;
	if (clientKey !== expectedKey) {
		return { granted: false, mode: 'signed', message: BAD_CLIENT_KEY_MESSAGE };
	}
	const plain = decryptSignature(signature, secretKey, parisDayStamp(now));
	if (plain === undefined) {
		return { granted: false, mode: 'signed', message: BAD_SIGNATURE_MESSAGE };
	}
	const parameters = new FormFields(plain);
	if (parameters.get('CleClient') !== clientKey) {
		return { granted: false, mode: 'signed', message: BAD_SIGNATURE_MESSAGE };
	}
	return { granted: true, mode: 'signed', parameters };
}
