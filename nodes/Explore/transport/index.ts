import type { ExploreEndpoint } from '../endpoints';
import { API_PARAMETERS } from '../endpoints';
import { flagKey, readPage } from '../helpers/records';
import type { ExplorePage } from '../helpers/records';
import { exploreApiError } from './errors';
import { paginate } from './pagination';
import type { PageHandler, PaginationOptions, PaginationResult } from './pagination';
import { exploreApiRequest } from './request';
import type { ExploreContext, ExploreRequestOptions } from './request';

export { exploreApiRequest, CREDENTIAL_TYPE, DEFAULT_TIMEOUT_MS } from './request';
export type { ExploreContext, ExploreRequestOptions } from './request';
export type { PageHandler, PageProgress, PaginationResult } from './pagination';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;
/** EXPLORE logs every request: Return All stays polite. */
export const MAX_PARALLEL_REQUESTS = 4;

export interface ListOptions extends PaginationOptions, ExploreRequestOptions {}

function labelOf(endpoint: ExploreEndpoint): string {
	return endpoint.action.replace(/^Get many /, '');
}

/** One page of a list endpoint: `Max` units after skipping `Page` (offset) units. */
export async function fetchPage(
	this: ExploreContext,
	endpoint: ExploreEndpoint,
	filters: URLSearchParams,
	offset: number,
	max: number,
	options: ExploreRequestOptions = {},
): Promise<ExplorePage> {
	const what = labelOf(endpoint);
	const form = new URLSearchParams(filters);
	form.set(API_PARAMETERS.offset, String(offset));
	form.set(API_PARAMETERS.pageSize, String(max));
	const body = await exploreApiRequest.call(this, endpoint, what, form, options);
	const read = readPage(body, endpoint);
	if ('problem' in read) {
		throw exploreApiError(
			this.getNode(),
			`EXPLORE answered the request for ${what} in an unexpected shape: ${read.problem}`,
			'EXPLORE may have changed this service: try again later, and send this message to EXPLORE support if it persists.',
			[],
		);
	}
	return read.page;
}

/**
 * Pages through one list endpoint with the given filters (DateDebut, DateFin, Emails), handing
 * each page's new units to `onPage`. Every list call of both nodes goes through here.
 */
export async function listUnits(
	this: ExploreContext,
	endpoint: ExploreEndpoint,
	filters: URLSearchParams,
	options: ListOptions,
	onPage: PageHandler,
): Promise<PaginationResult> {
	const fetchOne = async (offset: number, max: number) =>
		await fetchPage.call(this, endpoint, filters, offset, max, options);
	const stalled = (detail: string) =>
		exploreApiError(
			this.getNode(),
			`EXPLORE stopped paging through ${labelOf(endpoint)}: ${detail}`,
			'Nothing was lost, but the list could not be completed. Try a smaller date range or a different Page Size; contact EXPLORE support if it persists.',
			[],
		);
	return await paginate(fetchOne, (unit) => flagKey(unit, endpoint), options, onPage, stalled);
}
