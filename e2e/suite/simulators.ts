// The EXPLORE simulators of one line's run: one per concern, so each request log tells one story.
import { startSimulator } from '../../sandbox/server';
import type { Simulator } from '../../sandbox/server';

/** Records per endpoint of the main simulator: "a few thousand" for Return All. */
export const MAIN_RECORDS = 2500;
/** Records of the token-expiry simulator: 10 pages of 100. */
export const EXPIRY_RECORDS = 1000;

export interface SuiteSimulators {
	/** Action-node scenarios and the examples (token authentication). */
	main: Simulator;
	/** Same data as `main`, never called by n8n: counts expected results. */
	oracle: Simulator;
	/** Signed-requests authentication. */
	signed: Simulator;
	/** Token expiry; its clock is moved forward. */
	expiry: Simulator;
	/** The EXPLORE Trigger; its clock stays on real time. */
	trigger: Simulator;
}

export async function startSuiteSimulators(): Promise<SuiteSimulators> {
	const clockStart = Date.now();
	const [main, oracle, signed, expiry, trigger] = await Promise.all([
		startSimulator({ records: MAIN_RECORDS, clockStart }),
		startSimulator({ records: MAIN_RECORDS, clockStart }),
		startSimulator(),
		startSimulator({ records: EXPIRY_RECORDS }),
		startSimulator(),
	]);
	return { main, oracle, signed, expiry, trigger };
}

export async function stopSuiteSimulators(simulators: SuiteSimulators | undefined): Promise<void> {
	if (simulators) await Promise.all(Object.values(simulators).map((simulator) => simulator.stop()));
}
