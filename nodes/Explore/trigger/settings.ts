import { NodeOperationError } from 'n8n-workflow';
import type { IPollFunctions } from 'n8n-workflow';

import { findEndpointByEvent } from '../endpoints';
import type { ExploreEndpoint } from '../endpoints';
import type { ApiDateFormat } from '../helpers/dates';
import { parseUserDate } from '../helpers/dates';
import type { AlertOutput } from '../helpers/output';
import { DEFAULT_PAGE_SIZE, DEFAULT_TIMEOUT_MS } from '../transport';

export const DEFAULT_LOOKBACK_MINUTES = 60;
export const DEFAULT_MAX_RECORDS_PER_POLL = 1000;
/** Used when the host n8n (1.x) does not say how long a poll may take. */
export const DEFAULT_POLL_BUDGET_MS = 60_000;

export interface TriggerSettings {
	event: string;
	endpoint: ExploreEndpoint;
	emails: string;
	startFrom?: Date;
	lookbackMs: number;
	dateFormat: ApiDateFormat;
	simplify: boolean;
	alertOutput: AlertOutput;
	pageSize: number;
	maxRecordsPerPoll: number;
	timeoutMs: number;
}

interface TriggerOptions {
	startFrom?: unknown;
	lookback?: number;
	dateFormat?: ApiDateFormat;
	simplify?: boolean;
	alertOutput?: AlertOutput;
	pageSize?: number;
	maxRecordsPerPoll?: number;
	timeout?: number;
}

export function readTriggerSettings(this: IPollFunctions): TriggerSettings {
	const event = this.getNodeParameter('event') as string;
	const endpoint = findEndpointByEvent(event);
	if (endpoint === undefined) {
		throw new NodeOperationError(this.getNode(), `The event "${event}" is not supported`, {
			description: 'Pick the event again in the trigger.',
		});
	}
	const filters = this.getNodeParameter('filters', {}) as { emails?: string };
	const options = this.getNodeParameter('options', {}) as TriggerOptions;
	let startFrom: Date | undefined;
	if (options.startFrom !== undefined && options.startFrom !== '') {
		startFrom = parseUserDate(options.startFrom, this.getTimezone());
		if (startFrom === undefined) {
			throw new NodeOperationError(
				this.getNode(),
				`Start From "${String(options.startFrom)}" is not a valid date`,
				{
					description: 'Pick a date in the calendar, or clear Start From to start at activation.',
				},
			);
		}
	}
	return {
		event,
		endpoint,
		emails: filters.emails ?? '',
		startFrom,
		lookbackMs: (options.lookback ?? DEFAULT_LOOKBACK_MINUTES) * 60_000,
		dateFormat: options.dateFormat ?? 'dateTime',
		simplify: options.simplify ?? true,
		alertOutput: options.alertOutput ?? 'perAlert',
		pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
		maxRecordsPerPoll: options.maxRecordsPerPoll ?? DEFAULT_MAX_RECORDS_PER_POLL,
		timeoutMs: (options.timeout ?? DEFAULT_TIMEOUT_MS / 1000) * 1000,
	};
}

/** n8n 2.x tells a poll how long it may run; 1.x does not. */
export function pollBudgetMs(context: IPollFunctions): number {
	const host = context as IPollFunctions & { getPollBudgetMs?: () => number };
	return typeof host.getPollBudgetMs === 'function'
		? host.getPollBudgetMs()
		: DEFAULT_POLL_BUDGET_MS;
}
