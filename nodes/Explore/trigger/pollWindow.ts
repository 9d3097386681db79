import { EXPLORE_TIME_ZONE, parseNaiveDateTime } from '../auth/timeZones';
import type { ApiDateFormat } from '../helpers/dates';
import { formatApiDate, recordDateInstant } from '../helpers/dates';
import { flagTimeText } from '../helpers/records';
import type { ExploreUnit } from '../helpers/records';
import type { TriggerState } from './state';

export interface PollWindow {
	start: Date;
	end: Date;
	/** Where paging starts: 0 for a new window, just before where a drained backlog stopped. */
	startOffset: number;
}

/**
 * The window this poll fetches: the unfinished backlog window if there is one (resumed one page
 * early, so a record unflagged meanwhile cannot make the offsets skip one), else cursor … now.
 */
export function nextPollWindow(state: TriggerState, now: Date, pageSize: number): PollWindow {
	if (state.backlog !== undefined) {
		return {
			start: new Date(state.backlog.windowStart),
			end: new Date(state.backlog.windowEnd),
			startOffset: Math.max(0, state.backlog.offset - pageSize),
		};
	}
	const start = new Date(state.cursor ?? now.toISOString());
	return { start: start.getTime() > now.getTime() ? now : start, end: now, startOffset: 0 };
}

/** The instant EXPLORE compares flag dates with: DateDebut as sent (a day only, in date mode). */
export function effectiveStart(start: Date, dateFormat: ApiDateFormat): number {
	return (
		parseNaiveDateTime(formatApiDate(start, dateFormat), EXPLORE_TIME_ZONE) ?? start
	).getTime();
}

/** The time a seen key is kept by: the flag's own date, or when it was first seen. */
export function flagTimeOf(unit: ExploreUnit, firstSeen: Date): number {
	return (recordDateInstant(flagTimeText(unit)) ?? firstSeen).getTime();
}
