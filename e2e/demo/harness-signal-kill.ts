/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the demo, a script run by Node, never shipped */
// e2e/lib (cleanup.ts) answers SIGINT/SIGTERM/SIGHUP by SIGKILLing every n8n it started, which is
// right for tests. The demo wants Ctrl-C to stop n8n gracefully (SIGTERM, database closed), so it
// removes the signal listeners the harness adds; the harness's 'exit' hook stays as a last resort.

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

type Listener = (...args: unknown[]) => void;

/**
 * Call before the first harness call that starts a process; the returned function removes the
 * signal listeners added since then (the harness hooks once, on the first process it starts).
 */
export function watchForHarnessSignalListeners(): () => void {
	const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.rawListeners(signal))]));
	return () => {
		for (const signal of SIGNALS) {
			for (const listener of process.rawListeners(signal)) {
				if (!before.get(signal)!.has(listener))
					process.removeListener(signal, listener as Listener);
			}
		}
	};
}
