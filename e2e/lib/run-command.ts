/* eslint-disable */
// Runs a child process to completion, capturing its output, with a timeout.
import { spawn } from 'child_process';
import { killGroup, trackProcessGroup, untrackProcessGroup } from './cleanup';

export interface CommandResult {
	command: string;
	exitCode: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	/** stdout and stderr interleaved in arrival order. */
	output: string;
	durationMs: number;
}

export interface RunOptions {
	cwd?: string;
	env?: NodeJS.ProcessEnv;
	timeoutMs?: number;
	/** Called with every chunk of output (stdout and stderr), e.g. to stream progress. */
	onOutput?: (chunk: string) => void;
	/** Data written to the child's stdin (stdin is closed right after). */
	input?: string;
	/** Run as another user (e.g. postgres tools refuse to run as root). */
	uid?: number;
	gid?: number;
}

/** The last `lines` lines of a log, for error messages. */
export function tail(text: string, lines = 40): string {
	const all = text.trimEnd().split('\n');
	return all.slice(-lines).join('\n');
}

/** Error thrown when a command fails; carries its full output and a readable log tail. */
export class CommandError extends Error {
	constructor(
		message: string,
		readonly result: CommandResult,
		/** What to show the tail of; defaults to the command's whole output. */
		log = result.output,
	) {
		super(
			`${message}\n--- ${result.command} (exit ${result.exitCode ?? result.signal}) output tail ---\n${tail(log)}`,
		);
		this.name = 'CommandError';
	}
}

export function runCommand(
	file: string,
	args: string[],
	options: RunOptions = {},
): Promise<CommandResult> {
	const started = Date.now();
	const command = [file, ...args].join(' ');
	return new Promise((resolve, reject) => {
		const child = spawn(file, args, {
			cwd: options.cwd,
			env: options.env,
			uid: options.uid,
			gid: options.gid,
			stdio: ['pipe', 'pipe', 'pipe'],
			// Own process group, so a timeout kills the whole tree (n8n spawns task runners).
			detached: true,
		});
		trackProcessGroup(child.pid);
		let stdout = '';
		let stderr = '';
		let output = '';
		let timedOut = false;
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			stdout += chunk;
			output += chunk;
			options.onOutput?.(chunk);
		});
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			stderr += chunk;
			output += chunk;
			options.onOutput?.(chunk);
		});
		child.stdin.on('error', () => {}); // EPIPE when the child exits before reading: its exit tells
		child.stdin.end(options.input ?? '');
		const timer =
			options.timeoutMs === undefined
				? undefined
				: setTimeout(() => {
						timedOut = true;
						killGroup(child.pid, 'SIGKILL');
					}, options.timeoutMs);
		child.on('error', (error) => {
			if (timer) clearTimeout(timer);
			untrackProcessGroup(child.pid);
			reject(error);
		});
		child.on('close', (exitCode, signal) => {
			if (timer) clearTimeout(timer);
			// Leftover grandchildren (e.g. n8n task runners) go with their parent.
			killGroup(child.pid, 'SIGKILL');
			untrackProcessGroup(child.pid);
			const result: CommandResult = {
				command,
				exitCode,
				signal,
				stdout,
				stderr,
				output,
				durationMs: Date.now() - started,
			};
			if (timedOut) reject(new CommandError(`Timed out after ${options.timeoutMs} ms`, result));
			else resolve(result);
		});
	});
}

/** Runs a command and throws a CommandError (with the output tail) unless it exits 0. */
export async function runChecked(
	file: string,
	args: string[],
	options: RunOptions = {},
): Promise<CommandResult> {
	const result = await runCommand(file, args, options);
	if (result.exitCode !== 0) throw new CommandError('Command failed', result);
	return result;
}
