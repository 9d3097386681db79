/**
 * What the trigger keeps in the workflow's static data between polls. Small, JSON, named.
 * - cursor: where the next window starts (ISO): the activation time or the chosen start date
 *   at first, then the end of the last complete window minus the look-back, so flags that EXPLORE
 *   indexes late are still caught; `seen` removes the repeats.
 * - backlog: a window too large for one poll, drained over several polls from `offset`.
 * - seen: flag key → time of the flag (or when first seen), to emit each flag exactly once.
 */
export interface TriggerState {
	event?: string;
	/** Activation time or Start From (ISO): older flags are never sent, even if EXPLORE returns them. */
	since?: string;
	cursor?: string;
	backlog?: { windowStart: string; windowEnd: string; offset: number };
	seen?: Record<string, number>;
}

/** Starts over when the user picks another event: its records have nothing in common. */
export function stateForEvent(staticData: TriggerState, event: string): TriggerState {
	if (staticData.event !== event) {
		delete staticData.since;
		delete staticData.cursor;
		delete staticData.backlog;
		delete staticData.seen;
		staticData.event = event;
	}
	return staticData;
}

/**
 * Keeps the keys a later poll may meet again: flags at or after `earliestWindowStart`, and the
 * `reread` keys (the page a resumed backlog reads twice). Everything older can never come back,
 * so the set stays as small as the overlap window, however many flags went through.
 */
export function pruneSeen(
	seen: Record<string, number>,
	earliestWindowStart: number,
	reread: ReadonlySet<string> = new Set(),
): Record<string, number> {
	return Object.fromEntries(
		Object.entries(seen).filter(
			([key, flaggedAt]) => flaggedAt >= earliestWindowStart || reread.has(key),
		),
	);
}
