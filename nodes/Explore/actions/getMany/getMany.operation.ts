import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ExploreEndpoint } from '../../endpoints';
import type { ApiDateFormat } from '../../helpers/dates';
import { filterFormOrThrow } from '../../helpers/filters';
import type { FilterInput } from '../../helpers/filters';
import { groupByAlert, shapeOutput } from '../../helpers/output';
import type { AlertOutput } from '../../helpers/output';
import type { ExploreUnit } from '../../helpers/records';
import {
	DEFAULT_PAGE_SIZE,
	DEFAULT_TIMEOUT_MS,
	listUnits,
	MAX_PARALLEL_REQUESTS,
} from '../../transport';

interface GetManyOptions {
	dateFormat?: ApiDateFormat;
	pageSize?: number;
	parallelRequests?: number;
	timeout?: number;
}

/** Get Many for any catalog endpoint: fetch the pages the user asked for, shape them, return. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	endpoint: ExploreEndpoint,
): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const alertOutput =
		endpoint.recordKind === 'emailAlert'
			? (this.getNodeParameter('alertOutput', itemIndex, 'perAlert') as AlertOutput)
			: 'perProject';
	const options = this.getNodeParameter('options', itemIndex, {}) as GetManyOptions;
	const form = filterFormOrThrow(
		this.getNode(),
		this.getNodeParameter('filters', itemIndex, {}) as FilterInput,
		options.dateFormat ?? 'dateTime',
		this.getTimezone(),
		itemIndex,
	);

	// With one item per alert, alerts split across pages are merged at the end, and Limit counts
	// alerts while the API pages through alert projects: read until one alert more than the limit
	// has started, so the last kept alert is complete.
	const groupsAlerts = endpoint.recordKind === 'emailAlert' && alertOutput === 'perAlert';
	const shaping = { simplify, alertOutput };
	const alertUnits: ExploreUnit[] = [];
	// Otherwise each page is shaped as it arrives: with Simplify, EXPLORE's full records are
	// dropped page by page instead of all being held until the last page.
	const records: IDataObject[] = [];
	await listUnits.call(
		this,
		endpoint,
		form,
		{
			pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
			parallelRequests: Math.min(options.parallelRequests ?? 1, MAX_PARALLEL_REQUESTS),
			maxUnits: groupsAlerts ? undefined : limit,
			timeoutMs: (options.timeout ?? DEFAULT_TIMEOUT_MS / 1000) * 1000,
		},
		(page) => {
			if (groupsAlerts) {
				alertUnits.push(...page);
				return !(limit !== undefined && groupByAlert(alertUnits).length > limit);
			}
			records.push(...shapeOutput(endpoint, page, shaping));
			return true;
		},
	);
	const output = groupsAlerts ? shapeOutput(endpoint, alertUnits, shaping) : records;
	return limit === undefined ? output : output.slice(0, limit);
}
