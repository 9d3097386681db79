/* eslint-disable */
// `n8n start` (and, in queue mode, `n8n worker`) in the background on free loopback ports,
// with a stop() that always cleans up.
import * as path from 'path';
import { BackgroundProcess, startBackground } from './background-process';
import { N8nContext } from './n8n-cli';
import { n8nEnv } from './n8n-env';
import { freePort } from './ports';
import { scratchDir } from './user-folder';

export interface N8nServer extends BackgroundProcess {
	/** e.g. http://127.0.0.1:41234 */
	url: string;
	port: number;
	brokerPort: number;
}

export type N8nWorker = BackgroundProcess;

export interface StartOptions {
	/** Extra environment for this process (wins over the context's). */
	env?: Record<string, string>;
	startupTimeoutMs?: number;
}

/** Printed by 1.x and 2.x once the server is fully up (active workflows included). */
const SERVER_READY = /Editor is now accessible via/;
/** Printed by `n8n worker` once it takes jobs from the queue. */
const WORKER_READY = /n8n worker is now ready/;

export async function startN8n(
	context: N8nContext,
	options: StartOptions = {},
): Promise<N8nServer> {
	const forcedPort = options.env?.N8N_PORT ?? context.env?.N8N_PORT;
	const port = forcedPort ? Number(forcedPort) : await freePort();
	const { process, brokerPort } = await startN8nProcess(context, 'start', SERVER_READY, {
		...options,
		env: { N8N_PORT: String(port), ...options.env },
		logName: `n8n-start-${port}.log`,
	});
	return { ...process, url: `http://127.0.0.1:${port}`, port, brokerPort };
}

/** `n8n worker` for queue mode (the context's environment must configure the queue). */
export async function startN8nWorker(
	context: N8nContext,
	options: StartOptions & { name: string; concurrency?: number },
): Promise<N8nWorker> {
	const { process } = await startN8nProcess(context, 'worker', WORKER_READY, {
		...options,
		args: [`--concurrency=${options.concurrency ?? 10}`],
		logName: `n8n-worker-${options.name}.log`,
	});
	return process;
}

async function startN8nProcess(
	context: N8nContext,
	command: string,
	ready: RegExp,
	options: StartOptions & { logName: string; args?: string[] },
): Promise<{ process: BackgroundProcess; brokerPort: number }> {
	const brokerPort = await freePort();
	const env = n8nEnv(context.install, context.userFolder, {
		brokerPort,
		extra: {
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
			...context.env,
			...options.env,
		},
	});
	const process = await startBackground({
		command: context.install.nodeBin,
		args: [context.install.n8nBin, command, ...(options.args ?? [])],
		cwd: context.userFolder,
		env,
		logFile: path.join(scratchDir(context.userFolder), options.logName),
		ready,
		readyTimeoutMs: options.startupTimeoutMs ?? 120000,
	});
	return { process, brokerPort };
}
