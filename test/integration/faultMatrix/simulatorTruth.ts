import type { IDataObject } from 'n8n-workflow';

import type { ExploreEndpoint } from '../../../nodes/Explore/endpoints';
import { recordId } from '../../../nodes/Explore/helpers/records';
import { formatParisDateTime } from '../../../sandbox/parisTime';
import type { Simulator } from '../../../sandbox/server';
import { fetchPage } from '../../sandbox/simulatorHarness';

const PAGE = 1000;

/**
 * What the simulator itself holds for an endpoint (since a date, when given), read page by page
 * with a token that needs no login: the truth a node's output is compared with. Reads with the
 * switches that are on, so do it before arranging a fault.
 */
export async function simulatorRecords(
	simulator: Simulator,
	endpoint: ExploreEndpoint,
	since?: Date,
): Promise<IDataObject[]> {
	const window: Record<string, string> =
		since === undefined ? {} : { DateDebut: formatParisDateTime(since.getTime()) };
	const records: IDataObject[] = [];
	for (let offset = 0; ; offset += PAGE) {
		const { status, body } = await fetchPage(simulator, endpoint.path, {
			...window,
			Page: offset,
			Max: PAGE,
		});
		if (status !== 200) throw new Error(`The simulator answered ${status} to a truth query`);
		const page = body[endpoint.listKey] as IDataObject[];
		records.push(...page);
		if (page.length < PAGE) return records;
	}
}

export async function simulatorIds(
	simulator: Simulator,
	endpoint: ExploreEndpoint,
	since?: Date,
): Promise<string[]> {
	const records = await simulatorRecords(simulator, endpoint, since);
	return records.map((record) => recordId(record, endpoint.recordKind) as string);
}
