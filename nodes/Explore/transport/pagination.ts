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
	/**
	 * Requests in flight at once (default 1). More are only sent while pages come back full and
	 * TOTAL says more follow; pages are still handed over in order, one at a time.
	 */
	parallelRequests?: number;
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
 * - units already received are dropped, and a page made only of them stops with noProgressError;
 * - with parallelRequests > 1, the next pages are asked for ahead while the pages are full and
 *   below TOTAL; a page asked for ahead is used only if the list reaches its exact offset.
 */
export async function paginate(
	fetchPage: (offset: number, max: number) => Promise<ExplorePage>,
	identify: (unit: ExploreUnit) => string,
	options: PaginationOptions,
	onPage: PageHandler,
	noProgressError: NoProgressErrorFactory,
): Promise<PaginationResult> {
	const seen = new Set<string>();
	const ahead = new PagesAhead(fetchPage, options.pageSize, options.parallelRequests ?? 1);
	let offset = options.startOffset ?? 0;
	let largestPage = 0;
	let handedOver = 0;

	for (;;) {
		const remaining = options.maxUnits === undefined ? Infinity : options.maxUnits - handedOver;
		const requested = Math.max(1, Math.min(options.pageSize, remaining));
		const page = await ahead.take(offset, requested);
		const received = page.units.length;
		if (received === 0) return { nextOffset: offset, exhausted: true, requests: ahead.requests };

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
		if (!endReached && received === options.pageSize && page.total !== undefined) {
			ahead.askAhead(offset, page.total, remaining - kept.length);
		}
		const proceed = await onPage(kept, { nextOffset: offset, total: page.total });
		if (endReached) return { nextOffset: offset, exhausted: true, requests: ahead.requests };
		if (proceed === false || handedOver >= (options.maxUnits ?? Infinity)) {
			return { nextOffset: offset, exhausted: false, requests: ahead.requests };
		}
	}
}

/** Pages asked for before they are needed, by offset; a failure is reported when its turn comes. */
class PagesAhead {
	requests = 0;
	private readonly pending = new Map<number, Promise<ExplorePage>>();

	constructor(
		private readonly fetchPage: (offset: number, max: number) => Promise<ExplorePage>,
		private readonly pageSize: number,
		private readonly inFlight: number,
	) {}

	/** The page at `offset`: the one asked for ahead if it has this size, else a new request. */
	async take(offset: number, max: number): Promise<ExplorePage> {
		const early = max === this.pageSize ? this.pending.get(offset) : undefined;
		for (const pendingOffset of this.pending.keys()) {
			if (pendingOffset <= offset) this.pending.delete(pendingOffset);
		}
		return await (early ?? this.request(offset, max));
	}

	/**
	 * Asks for the full pages from `offset` on, up to the in-flight limit, that start before
	 * `total` and that `unitsWanted` (a limit) still needs whole.
	 */
	askAhead(offset: number, total: number, unitsWanted: number): void {
		if (this.inFlight <= 1) return;
		for (let index = 0; index < this.inFlight; index++) {
			const pageOffset = offset + index * this.pageSize;
			if (pageOffset >= total || (index + 1) * this.pageSize > unitsWanted) return;
			if (this.pending.has(pageOffset)) continue;
			const page = this.request(pageOffset, this.pageSize);
			page.catch(() => undefined); // unhandled only until its turn; never, if it goes unused
			this.pending.set(pageOffset, page);
		}
	}

	private async request(offset: number, max: number): Promise<ExplorePage> {
		this.requests++;
		return await this.fetchPage(offset, max);
	}
}
