/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the demo, a script run by Node, never shipped */
// Stops what the demo started, in reverse order, once: on Ctrl-C (SIGINT), SIGTERM, SIGHUP,
// or after a failure. Each stop is bounded, so the demo always ends.
import { detail, say, warn } from './console-output';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** One Ctrl-C can arrive more than once (terminal, npm and tsx all relay it): ignore repeats. */
const REPEAT_WINDOW_MS = 3000;
const STEP_TIMEOUT_MS = 30000;

/** Stops one thing; may return what to tell the person (default "<label> stopped"). */
type StopFunction = () => Promise<string | void> | string | void;

interface StopStep {
	label: string;
	stop: StopFunction;
}

export class Shutdown {
	private readonly steps: StopStep[] = [];
	private running?: Promise<void>;
	private firstSignalAt = 0;

	/** Registers something to stop; the last registered stops first. */
	add(label: string, stop: StopFunction): void {
		this.steps.push({ label, stop });
	}

	/** Runs every stop step once (later calls wait for the first). */
	run(): Promise<void> {
		this.running ??= this.runSteps();
		return this.running;
	}

	/** On a stop signal: stop everything, then exit 0. A second Ctrl-C later forces the exit. */
	exitOnSignals(onStopped: () => void = () => {}): void {
		const handle = (signal: NodeJS.Signals) => {
			if (this.firstSignalAt === 0) {
				this.firstSignalAt = Date.now();
				say(`\n${signal} received: stopping (press Ctrl-C again to force)…`);
				void this.run().then(() => {
					onStopped();
					process.exit(0);
				});
			} else if (Date.now() - this.firstSignalAt > REPEAT_WINDOW_MS) {
				warn('forced exit: what is still running is killed');
				process.exit(1);
			}
		};
		for (const signal of STOP_SIGNALS) process.on(signal, handle);
	}

	private async runSteps(): Promise<void> {
		for (const { label, stop } of [...this.steps].reverse()) {
			try {
				const message = await withTimeout(Promise.resolve().then(stop), STEP_TIMEOUT_MS);
				detail(message || `${label} stopped`);
			} catch (error) {
				warn(`could not stop ${label}: ${(error as Error).message}`);
			}
		}
	}
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new Error(`still running after ${ms / 1000} s`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
