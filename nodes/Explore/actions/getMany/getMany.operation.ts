import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ExploreEndpoint } from '../../endpoints';
import type { ApiDateFormat } from '../../helpers/dates';
import { filterFormOrThrow } from '../../helpers/filters';
import type { FilterInput } from '../../helpers/filters';
import { groupByAlert, shapeOutput } from '../../helpers/output';
import type { AlertOutput } from '../../helpers/output';
import type { ExploreUnit } from '../../helpers/records';
import { DEFAULT_PAGE_SIZE, DEFAULT_TIMEOUT_MS, listUnits } from '../../transport';

interface GetManyOptions {
	dateFormat?: ApiDateFormat;
	pageSize?: number;
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

	// With one item per alert, Limit counts alerts while the API pages through alert projects:
	// read until one alert more than the limit has started, so the last kept alert is complete.
	const limitCountsAlerts = endpoint.recordKind === 'emailAlert' && alertOutput === 'perAlert';
	const units: ExploreUnit[] = [];
	await listUnits.call(
		this,
		endpoint,
		form,
		{
			pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
			maxUnits: limitCountsAlerts ? undefined : limit,
			timeoutMs: (options.timeout ?? DEFAULT_TIMEOUT_MS / 1000) * 1000,
		},
		(page) => {
			units.push(...page);
			return !(limitCountsAlerts && limit !== undefined && groupByAlert(units).length > limit);
		},
	);
	const records = shapeOutput(endpoint, units, { simplify, alertOutput });
	return limit === undefined ? records : records.slice(0, limit);
}
