import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { filterFormOrThrow } from '../helpers/filters';
import { shapeOutput } from '../helpers/output';
import { flagKey } from '../helpers/records';
import type { ExploreUnit } from '../helpers/records';
import { listUnits } from '../transport';
import { triggerClock } from './clock';
import { effectiveStart, flagTimeOf, nextPollWindow } from './pollWindow';
import { pruneSeen, stateForEvent } from './state';
import type { TriggerState } from './state';
import { pollBudgetMs } from './settings';
import type { TriggerSettings } from './settings';

/**
 * One poll: fetch the window, keep the flags not emitted yet, update the state, emit.
 * The state changes only once the fetch succeeded: a failed poll throws and the next one covers
 * the same window again. A window too large for one poll is drained over several (backlog).
 */
export async function pollNewFlags(
	this: IPollFunctions,
	settings: TriggerSettings,
): Promise<INodeExecutionData[][] | null> {
	const state = stateForEvent(this.getWorkflowStaticData('node') as TriggerState, settings.event);
	const now = triggerClock.now();
	if (state.cursor === undefined) {
		state.since = (settings.startFrom ?? now).toISOString();
		state.cursor = state.since;
		if (settings.startFrom === undefined) return null;
	}
	// A day-only filter returns the whole first day: flags from before the start are not news.
	// EXPLORE dates have whole seconds, so the start is too (a flag in its second is news).
	const since = Math.floor(new Date(state.since ?? state.cursor).getTime() / 1000) * 1000;

	const window = nextPollWindow(state, now, settings.pageSize);
	const filters = filterFormOrThrow(
		this.getNode(),
		{ dateFrom: window.start, dateTo: window.end, emails: settings.emails },
		settings.dateFormat,
		'UTC',
	);
	const seen = state.seen ?? {};
	const newKeys: Record<string, number> = {};
	const fresh: ExploreUnit[] = [];
	const lastKeys: string[] = [];
	const deadline = Date.now() + pollBudgetMs(this) * 0.8;

	const result = await listUnits.call(
		this,
		settings.endpoint,
		filters,
		{
			pageSize: settings.pageSize,
			startOffset: window.startOffset,
			timeoutMs: settings.timeoutMs,
		},
		(units) => {
			for (const unit of units) {
				const key = flagKey(unit, settings.endpoint);
				lastKeys.push(key);
				if (key in seen || key in newKeys) continue;
				const flaggedAt = flagTimeOf(unit, now);
				if (flaggedAt < since) continue;
				newKeys[key] = flaggedAt;
				fresh.push(unit);
			}
			lastKeys.splice(0, Math.max(0, lastKeys.length - settings.pageSize));
			// Stop for the budget only once something new is in hand, so every poll makes progress.
			const inBudget = Date.now() < deadline || fresh.length === 0;
			return fresh.length < settings.maxRecordsPerPoll && inBudget;
		},
	);

	const lookbackStart = new Date(window.end.getTime() - settings.lookbackMs);
	const nextWindowStart = lookbackStart < window.start ? window.start : lookbackStart;
	if (result.exhausted) {
		delete state.backlog;
		state.cursor = nextWindowStart.toISOString();
	} else {
		state.backlog = {
			windowStart: window.start.toISOString(),
			windowEnd: window.end.toISOString(),
			offset: result.nextOffset,
		};
	}
	state.seen = pruneSeen(
		{ ...seen, ...newKeys },
		effectiveStart(nextWindowStart, settings.dateFormat),
		result.exhausted ? undefined : new Set(lastKeys),
	);

	if (fresh.length === 0) return null;
	const records = shapeOutput(settings.endpoint, fresh, {
		simplify: settings.simplify,
		alertOutput: settings.alertOutput,
	});
	return [this.helpers.returnJsonArray(records)];
}
