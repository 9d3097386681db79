/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the demo, a script run by Node, never shipped */
// Plays the sales team: flags a new project in the simulator every few seconds (and a new
// company every third time), as someone would in EXPLORE.
import type { Simulator } from '../../sandbox/server';
import { event } from './console-output';
import { repeat } from './repeat';

/**
 * Flag dates are whole seconds and the trigger starts from its activation instant, so a flag in
 * the very second of activation could count as older: the first flag waits a little.
 */
const FIRST_FLAG_DELAY_MS = 2000;

export function startFlagTicker(simulator: Simulator, everySeconds: number): () => void {
	let tick = 0;
	let stopRepeating = () => {};
	const firstFlag = setTimeout(() => {
		stopRepeating = repeat(everySeconds * 1000, () => {
			tick++;
			const project = simulator.flag({ endpoint: 'projectFlagged' });
			event('simulator', `project ${project.ids[0]} flagged in EXPLORE`);
			if (tick % 3 === 0) {
				const company = simulator.flag({ endpoint: 'companyFlagged' });
				event('simulator', `company ${company.ids[0]} flagged in EXPLORE`);
			}
		});
	}, FIRST_FLAG_DELAY_MS);
	return () => {
		clearTimeout(firstFlag);
		stopRepeating();
	};
}
