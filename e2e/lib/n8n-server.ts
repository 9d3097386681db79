/* eslint-disable */
// `n8n start` in the background on free loopback ports, with a stop() that always cleans up.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { killGroup, trackProcessGroup, untrackProcessGroup } from './cleanup';
import { N8nContext } from './n8n-cli';
import { n8nEnv } from './n8n-env';
import { freePort } from './ports';
import { tail } from './run-command';
import { scratchDir } from './user-folder';

export interface N8nServer {
	/** e.g. http://127.0.0.1:41234 */
	url: string;
	port: number;
	brokerPort: number;
	pid: number;
	/** Everything n8n printed so far (stdout + stderr); also written to logFile. */
	logs(): string;
	logTail(lines?: number): string;
	logFile: string;
	/** Resolves when a log line matches, rejects on timeout or exit (with the log tail). */
	waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
	/** SIGTERM, then SIGKILL after a grace period; kills n8n's children too. Idempotent. */
	stop(): Promise<void>;
}

export interface StartOptions {
	/** Extra environment for this server (wins over the context's). */
	env?: Record<string, string>;
	startupTimeoutMs?: number;
}

/** Printed by 1.x and 2.x once the server is fully up (active workflows included). */
const READY = /Editor is now accessible via/;

export async function startN8n(
	context: N8nContext,
	options: StartOptions = {},
): Promise<N8nServer> {
	const port = await freePort();
	const brokerPort = await freePort();
	const env = n8nEnv(context.install, context.userFolder, {
		brokerPort,
		extra: {
			N8N_PORT: String(port),
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
			...context.env,
			...options.env,
		},
	});
	const logFile = path.join(scratchDir(context.userFolder), `n8n-start-${port}.log`);
	const logStream = fs.createWriteStream(logFile);
	const child = spawn(context.install.nodeBin, [context.install.n8nBin, 'start'], {
		cwd: context.userFolder,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	trackProcessGroup(child.pid);
	let output = '';
	let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
	const listeners = new Set<() => void>();
	const onData = (chunk: string) => {
		output += chunk;
		logStream.write(chunk);
		for (const listener of listeners) listener();
	};
	child.stdout.setEncoding('utf8').on('data', onData);
	child.stderr.setEncoding('utf8').on('data', onData);
	const exitPromise = new Promise<void>((resolve) => {
		child.on('exit', (code, signal) => {
			exited = { code, signal };
			killGroup(child.pid, 'SIGKILL'); // leftover task runners
			untrackProcessGroup(child.pid);
			for (const listener of listeners) listener();
			resolve();
		});
	});

	const logTail = (lines = 60) => tail(output, lines);
	const waitForLog = (pattern: RegExp, timeoutMs = 60000) =>
		new Promise<void>((resolve, reject) => {
			const check = () => {
				if (pattern.test(output)) finish();
				else if (exited)
					finish(
						new Error(`n8n exited (${exited.code ?? exited.signal}) before logging ${pattern}`),
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
						new Error(`${error.message}\n--- n8n start log tail (${logFile}) ---\n${logTail()}`),
					);
				else resolve();
			};
			listeners.add(check);
			check();
		});

	let stopping: Promise<void> | undefined;
	const stop = () =>
		(stopping ??= (async () => {
			if (!exited) {
				killGroup(child.pid, 'SIGTERM');
				const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 20000);
				await exitPromise;
				clearTimeout(timer);
			}
			await new Promise<void>((resolve) => logStream.end(resolve));
		})());

	const server: N8nServer = {
		url: `http://127.0.0.1:${port}`,
		port,
		brokerPort,
		pid: child.pid!,
		logs: () => output,
		logTail,
		logFile,
		waitForLog,
		stop,
	};
	try {
		await waitForLog(READY, options.startupTimeoutMs ?? 120000);
	} catch (error) {
		await stop();
		throw error;
	}
	return server;
}
