import type { ExploreEndpoint } from '../endpoints';
import { API_PARAMETERS } from '../endpoints';
import { flagKey, readPage, UnexpectedShapeError } from '../helpers/records';
import { exploreApiError } from './errors';
import { NoProgressError, paginate } from './pagination';
import type { PageHandler, PaginationOptions, PaginationResult } from './pagination';
import { exploreApiRequest } from './request';
import type { ExploreContext, ExploreRequestOptions } from './request';

export { exploreApiRequest, CREDENTIAL_TYPE, DEFAULT_TIMEOUT_MS } from './request';
export type { ExploreContext, ExploreRequestOptions } from './request';
export type { PageHandler, PageProgress, PaginationResult } from './pagination';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export interface ListOptions extends PaginationOptions, ExploreRequestOptions {}

function labelOf(endpoint: ExploreEndpoint): string {
	return endpoint.action.replace(/^Get many /, '');
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
	const what = labelOf(endpoint);
	const fetchPage = async (offset: number, max: number) => {
		const form = new URLSearchParams(filters);
		form.set(API_PARAMETERS.offset, String(offset));
		form.set(API_PARAMETERS.pageSize, String(max));
		const body = await exploreApiRequest.call(this, endpoint, what, form, options);
		try {
			return readPage(body, endpoint);
		} catch (error) {
			if (!(error instanceof UnexpectedShapeError)) throw error;
			throw exploreApiError(
				this.getNode(),
				`EXPLORE answered the request for ${what} in an unexpected shape: ${error.message}`,
				'EXPLORE may have changed this service: try again later, and send this message to EXPLORE support if it persists.',
				[],
			);
		}
	};
	try {
		return await paginate(fetchPage, (unit) => flagKey(unit, endpoint), options, onPage);
	} catch (error) {
		if (!(error instanceof NoProgressError)) throw error;
		throw exploreApiError(
			this.getNode(),
			`EXPLORE stopped paging through ${what}: ${error.message}`,
			'Nothing was lost, but the list could not be completed. Try a smaller date range or a different Page Size; contact EXPLORE support if it persists.',
			[],
		);
	}
}
