/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a development tool run by Node, never shipped in the n8n package */
import type { IncomingMessage, ServerResponse } from 'http';

import type { FaultKind } from '../faults';
import type { RequestLogEntry } from '../requestLog';
import type { SimulatorState } from '../state';

/** What the request log will say about this request, filled in as it is handled. */
export type LogDetails = Pick<
	RequestLogEntry,
	'login' | 'endpoint' | 'auth' | 'params' | 'fieldNames' | 'tokenIssued'
> & { fault?: FaultKind };

/** One API request being answered. */
export interface ApiExchange {
	request: IncomingMessage;
	response: ServerResponse;
	state: SimulatorState;
	/** The request URL as the client sent it (for ASP.NET-style 404 messages). */
	requestUri: string;
	log: LogDetails;
}
