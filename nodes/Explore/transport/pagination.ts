import type { ExplorePage, ExploreUnit } from '../helpers/records';

export interface PageProgress {
	/** Offset of the next page to request. */
	nextOffset: number;
	total?: number;
}

/** Return false to stop paging (e.g. a limit is reached); nothing more is requested. */
export type PageHandler = (units: ExploreUnit[], progress: PageProgress) => unknown;

export interface PaginationOptions {
	pageSize: number;
	/** Offset to start from (a trigger resuming a drained window). */
	startOffset?: number;
	/** Stop requesting once this many new units were handed over. */
	maxUnits?: number;
}

export interface PaginationResult {
	nextOffset: number;
	/** True when the server has no more units; false when the handler or maxUnits stopped it. */
	exhausted: boolean;
	requests: number;
}

/** Builds the error thrown when the API repeats units instead of moving on (looping would never end). */
export type NoProgressErrorFactory = (detail: string) => Error;

/**
 * Offset pagination over `Page` (units to skip) and `Max` (page size), hardened for an API whose
 * limits are unknown:
 * - next offset = offset + units received (not pages × size: a server may cap `Max`);
 * - a page shorter than requested ends the list only when it cannot be such a cap: it is also
 *   shorter than a page already seen, or TOTAL says the end is reached; otherwise one more request
 *   settles it, and an empty page always ends it;
 * - a full page at or past TOTAL does not end it (TOTAL may be stale); the next page will;
 * - units already received are dropped, and a page made only of them stops with noProgressError.
 */
export async function paginate(
	fetchPage: (offset: number, max: number) => Promise<ExplorePage>,
	identify: (unit: ExploreUnit) => string,
	options: PaginationOptions,
	onPage: PageHandler,
	noProgressError: NoProgressErrorFactory,
): Promise<PaginationResult> {
	const seen = new Set<string>();
	let offset = options.startOffset ?? 0;
	let largestPage = 0;
	let handedOver = 0;
	let requests = 0;

	for (;;) {
		const remaining = options.maxUnits === undefined ? Infinity : options.maxUnits - handedOver;
		const requested = Math.max(1, Math.min(options.pageSize, remaining));
		const page = await fetchPage(offset, requested);
		requests++;
		const received = page.units.length;
		if (received === 0) return { nextOffset: offset, exhausted: true, requests };

		const fresh = page.units.filter((unit) => {
			const key = identify(unit);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
		if (fresh.length === 0) {
			throw noProgressError(
				`the page at offset ${offset} only repeated records already received (the API seems to ignore the Page offset)`,
			);
		}
		offset += received;
		const short = received < requested;
		const endReached =
			short && (received < largestPage || (page.total !== undefined && offset >= page.total));
		largestPage = Math.max(largestPage, received);

		const kept = remaining < fresh.length ? fresh.slice(0, remaining) : fresh;
		handedOver += kept.length;
		const proceed = await onPage(kept, { nextOffset: offset, total: page.total });
		if (endReached) return { nextOffset: offset, exhausted: true, requests };
		if (proceed === false || handedOver >= (options.maxUnits ?? Infinity)) {
			return { nextOffset: offset, exhausted: false, requests };
		}
	}
}
