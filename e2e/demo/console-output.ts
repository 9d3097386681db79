/* eslint-disable no-console, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- the demo, a script run by Node, never shipped */
// What the demo prints: numbered steps with their duration, indented details, timestamped events.

const clock = (): string => new Date().toTimeString().slice(0, 8);

export function say(message = ''): void {
	console.log(message);
}

/** An indented detail line under the current step. */
export function detail(message: string): void {
	console.log(`      ${message}`);
}

/** A timestamped line of the live part (flags, executions, sink entries). */
export function event(source: string, message: string): void {
	console.log(`${clock()}  ${source.padEnd(11)}${message}`);
}

export function warn(message: string): void {
	console.error(`  ! ${message}`);
}

/** An error message cut to its first line and its last lines (where commands say what failed). */
export function shortened(message: string, lastLines = 12): string {
	const lines = message.trimEnd().split('\n');
	if (lines.length <= lastLines + 2) return message;
	const omitted = lines.length - 1 - lastLines;
	return [lines[0], `  … (${omitted} lines omitted)`, ...lines.slice(-lastLines)].join('\n');
}

export function fail(message: string): void {
	console.error(`\n✖ ${message}`);
}

const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;

export interface StepOptions {
	/** Print "… still <label> (N s)" every so often; off when the work reports progress itself. */
	heartbeatMs?: number;
}

/**
 * Runs one numbered step: prints its label, then "done in N s" (or "failed after N s").
 * A slow step gets a heartbeat so a person sees it is still working.
 */
export async function step<T>(
	label: string,
	work: () => Promise<T>,
	{ heartbeatMs = 15000 }: StepOptions = {},
): Promise<T> {
	const started = Date.now();
	say(`\n▶ ${label}`);
	const heartbeat =
		heartbeatMs > 0
			? setInterval(() => detail(`… still working (${seconds(started)})`), heartbeatMs)
			: undefined;
	try {
		const result = await work();
		detail(`done in ${seconds(started)}`);
		return result;
	} catch (error) {
		detail(`failed after ${seconds(started)}`);
		throw error;
	} finally {
		if (heartbeat) clearInterval(heartbeat);
	}
}
