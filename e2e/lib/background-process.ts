/* eslint-disable */
// A long-running child (n8n start, n8n worker, postgres, redis-server) in its own process
// group: its output kept and logged to a file, a wait for a ready line, and a stop that always
// cleans up the whole group.
import { spawn } from 'child_process';
import * as fs from 'fs';
import { killGroup, trackProcessGroup, untrackProcessGroup } from './cleanup';
import { tail } from './run-command';

export interface BackgroundProcess {
	pid: number;
	/** Everything the process printed so far (stdout + stderr); also written to logFile. */
	logs(): string;
	logTail(lines?: number): string;
	logFile: string;
	/** Resolves when a log line matches, rejects on timeout or exit (with the log tail). */
	waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
	/** Whether the process has exited. */
	exited(): boolean;
	/** SIGTERM, then SIGKILL after `graceMs`; kills the children too. Idempotent. */
	stop(): Promise<void>;
	/** SIGKILL to the whole group at once, as a crash would; resolves when it has exited. */
	kill(): Promise<void>;
}

export interface BackgroundOptions {
	command: string;
	args: string[];
	cwd: string;
	env: NodeJS.ProcessEnv;
	logFile: string;
	/** Printed once the process is ready to serve; start() waits for it. */
	ready: RegExp;
	readyTimeoutMs?: number;
	/** Grace period between SIGTERM and SIGKILL in stop(). */
	graceMs?: number;
	/** Run as another user (e.g. postgres refuses to run as root). */
	uid?: number;
	gid?: number;
}

export async function startBackground(options: BackgroundOptions): Promise<BackgroundProcess> {
	const logStream = fs.createWriteStream(options.logFile);
	const child = spawn(options.command, options.args, {
		cwd: options.cwd,
		env: options.env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
		uid: options.uid,
		gid: options.gid,
	});
	trackProcessGroup(child.pid);
	let output = '';
	let exitStatus: { code: number | null; signal: NodeJS.Signals | null } | undefined;
	const listeners = new Set<() => void>();
	const onData = (chunk: string) => {
		output += chunk;
		logStream.write(chunk);
		for (const listener of listeners) listener();
	};
	child.stdout!.setEncoding('utf8').on('data', onData);
	child.stderr!.setEncoding('utf8').on('data', onData);
	const exitPromise = new Promise<void>((resolve) => {
		const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
			exitStatus = { code, signal };
			killGroup(child.pid, 'SIGKILL'); // leftover children (task runners, backends)
			untrackProcessGroup(child.pid);
			for (const listener of listeners) listener();
			resolve();
		};
		child.on('exit', onExit);
		child.on('error', (error) => {
			output += `\n${error.message}\n`;
			onExit(null, null);
		});
	});

	const logTail = (lines = 60) => tail(output, lines);
	const waitForLog = (pattern: RegExp, timeoutMs = 60000) =>
		new Promise<void>((resolve, reject) => {
			const check = () => {
				if (pattern.test(output)) finish();
				else if (exitStatus)
					finish(
						new Error(
							`${options.command} exited (${exitStatus.code ?? exitStatus.signal}) before logging ${pattern}`,
						),
					);
			};
			const timer = setTimeout(
				() => finish(new Error(`Timed out after ${timeoutMs} ms waiting for ${pattern}`)),
				timeoutMs,
			);
			const finish = (error?: Error) => {
				clearTimeout(timer);
				listeners.delete(check);
				if (error)
					reject(
						new Error(`${error.message}\n--- log tail (${options.logFile}) ---\n${logTail()}`),
					);
				else resolve();
			};
			listeners.add(check);
			check();
		});

	const closeLog = () => new Promise<void>((resolve) => logStream.end(resolve));
	let stopping: Promise<void> | undefined;
	const stop = () =>
		(stopping ??= (async () => {
			if (!exitStatus) {
				killGroup(child.pid, 'SIGTERM');
				const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), options.graceMs ?? 20000);
				await exitPromise;
				clearTimeout(timer);
			}
			await closeLog();
		})());
	const kill = () =>
		(stopping ??= (async () => {
			killGroup(child.pid, 'SIGKILL');
			await exitPromise;
			await closeLog();
		})());

	const background: BackgroundProcess = {
		pid: child.pid ?? -1,
		logs: () => output,
		logTail,
		logFile: options.logFile,
		waitForLog,
		exited: () => exitStatus !== undefined,
		stop,
		kill,
	};
	try {
		await waitForLog(options.ready, options.readyTimeoutMs ?? 120000);
	} catch (error) {
		await stop();
		throw error;
	}
	return background;
}
