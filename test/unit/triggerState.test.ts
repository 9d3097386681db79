import { effectiveStart, nextPollWindow } from '../../nodes/Explore/trigger/pollWindow';
import { pruneSeen, stateForEvent } from '../../nodes/Explore/trigger/state';
import type { TriggerState } from '../../nodes/Explore/trigger/state';

const at = (iso: string) => new Date(iso).getTime();

describe('trigger state', () => {
	it('starts over when the event changes', () => {
		const state: TriggerState = { event: 'projectFlagged', cursor: 'x', seen: { a: 1 } };
		expect(stateForEvent(state, 'companyFlagged')).toEqual({ event: 'companyFlagged' });
		const same: TriggerState = { event: 'projectFlagged', cursor: 'x' };
		expect(stateForEvent(same, 'projectFlagged')).toEqual({ event: 'projectFlagged', cursor: 'x' });
	});

	it('forgets only the flags no future window can return, plus keeps the page read twice', () => {
		const seen = {
			old: at('2026-01-01T00:00:00Z'),
			inWindow: at('2026-01-02T10:00:00Z'),
			reread: at('2026-01-01T05:00:00Z'),
		};
		expect(pruneSeen(seen, at('2026-01-02T00:00:00Z'), new Set(['reread']))).toEqual({
			inWindow: seen.inWindow,
			reread: seen.reread,
		});
	});
});

describe('poll windows', () => {
	const now = new Date('2026-06-01T12:00:00Z');

	it('runs from the cursor to now', () => {
		expect(nextPollWindow({ cursor: '2026-06-01T10:00:00.000Z' }, now, 100)).toEqual({
			start: new Date('2026-06-01T10:00:00Z'),
			end: now,
			startOffset: 0,
		});
	});

	it('resumes a backlog window one page before where it stopped', () => {
		const state: TriggerState = {
			cursor: '2026-01-01T00:00:00.000Z',
			backlog: {
				windowStart: '2026-01-01T00:00:00.000Z',
				windowEnd: '2026-05-01T00:00:00.000Z',
				offset: 1000,
			},
		};
		expect(nextPollWindow(state, now, 100)).toEqual({
			start: new Date('2026-01-01T00:00:00Z'),
			end: new Date('2026-05-01T00:00:00Z'),
			startOffset: 900,
		});
	});

	it('never starts after now (a clock set back)', () => {
		expect(nextPollWindow({ cursor: '2026-07-01T00:00:00.000Z' }, now, 100).start).toEqual(now);
	});

	it('knows that a date-only DateDebut makes EXPLORE look from midnight, Paris time', () => {
		expect(effectiveStart(new Date('2026-06-01T12:34:56Z'), 'date')).toBe(
			at('2026-05-31T22:00:00Z'),
		);
		expect(effectiveStart(new Date('2026-06-01T12:34:56.789Z'), 'dateTime')).toBe(
			at('2026-06-01T12:34:56Z'),
		);
	});
});
