/* eslint-disable */
// Last-resort cleanup: whatever the harness started is killed when this process exits,
// even if a test forgot to call stop() or the run was interrupted.
const liveGroups = new Set<number>();
let hooked = false;

function killAll(): void {
	for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
	liveGroups.clear();
}

function hook(): void {
	if (hooked) return;
	hooked = true;
	process.on('exit', killAll);
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(signal, () => {
			killAll();
			process.kill(process.pid, signal);
		});
	}
}

/** Remember a detached child's process group so it is killed if we exit first. */
export function trackProcessGroup(pid: number | undefined): void {
	if (pid === undefined) return;
	hook();
	liveGroups.add(pid);
}

export function untrackProcessGroup(pid: number | undefined): void {
	if (pid !== undefined) liveGroups.delete(pid);
}

/** Sends a signal to a detached child's whole process group; ignores already-gone groups. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
	if (pid === undefined) return;
	try {
		process.kill(-pid, signal);
	} catch {
		// already exited
	}
}
