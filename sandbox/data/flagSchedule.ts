import { unitFloat } from './seededRandom';

export const HISTORY_DAYS = 90;

/**
 * When lazy record i was flagged: spread over the HISTORY_DAYS before the clock start, whole
 * seconds, never decreasing with i. Monotony is what lets a date window become an index range
 * by binary search.
 */
export class FlagSchedule {
	private readonly firstSecond: number;
	private readonly secondsPerRecord: number;

	constructor(
		private readonly count: number,
		windowEndMs: number,
		private readonly seedKey: number,
	) {
		const lastSecond = Math.floor(windowEndMs / 1000) - 1;
		this.firstSecond = lastSecond - HISTORY_DAYS * 86400;
		this.secondsPerRecord = (HISTORY_DAYS * 86400) / Math.max(count, 1);
	}

	/** Jitter stays below one slot, so the order of records is the order of their flag times. */
	flaggedAtMs(index: number): number {
		const position = index + 0.9 * unitFloat(this.seedKey, 0xf1a6, index);
		return (this.firstSecond + Math.floor(position * this.secondsPerRecord)) * 1000;
	}

	/** The first index flagged at or after `instantMs` (count when none). */
	firstIndexAtOrAfter(instantMs: number): number {
		return this.search((index) => this.flaggedAtMs(index) >= instantMs);
	}

	/** The first index flagged strictly after `instantMs` (count when none). */
	firstIndexAfter(instantMs: number): number {
		return this.search((index) => this.flaggedAtMs(index) > instantMs);
	}

	private search(isAtOrPast: (index: number) => boolean): number {
		let low = 0;
		let high = this.count;
		while (low < high) {
			const middle = Math.floor((low + high) / 2);
			if (isAtOrPast(middle)) high = middle;
			else low = middle + 1;
		}
		return low;
	}
}
