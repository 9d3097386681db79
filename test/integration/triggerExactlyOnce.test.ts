import { runTriggerSoak } from '../soak/triggerSoak';
import type { SoakOptions } from '../soak/triggerSoak';
import { useSimulator } from './exploreEnv';

jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: async () => {},
}));

const simulator = useSimulator({ records: 200 });

/** The short soak: `npm run soak` runs the same machinery over 10 000+ flags. */
describe('EXPLORE Trigger: every flag exactly once (randomized)', () => {
	it.each<[string, SoakOptions]>([
		[
			'date and time filtering',
			{ seed: 20261204, flags: 1000, dayOnly: false, event: 'projectFlagged', pageSize: 20 },
		],
		[
			'day-only filtering',
			{
				seed: 4122026,
				flags: 1000,
				dayOnly: true,
				event: 'batipulseCompanyFlagged',
				pageSize: 200,
			},
		],
	])(
		'with %s, faults from the fault matrix, restarts and flags during polls',
		async (name, options) => {
			const figures = await runTriggerSoak(simulator(), options);
			// eslint-disable-next-line no-console
			console.log(`exactly-once (${name}): ${JSON.stringify(figures)}`);
			expect(figures.flags).toBeGreaterThanOrEqual(1000);
			expect(figures.failedPolls).toBeGreaterThan(0);
			expect(figures.restarts).toBeGreaterThan(0);
			expect(figures.revocations).toBeGreaterThan(0);
			expect(figures).toMatchObject({ lost: 0, duplicated: 0, unexpected: 0 });
			expect(figures.emitted).toBe(figures.flags);
			expect(figures.tokensIssued).toBeLessThanOrEqual(figures.tokenBound);
		},
		240_000,
	);
});
