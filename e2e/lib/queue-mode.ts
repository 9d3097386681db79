/* eslint-disable */
// n8n in queue mode on one machine: a throwaway PostgreSQL and Redis on loopback, one main
// process (editor, webhooks, pollers) and named workers. Each process has its own user folder
// with the community package installed in it, as separate machines or containers would: a
// shared folder would also share n8n's event log, whose crash recovery would then run on the
// wrong process.
import { installPackageTarball } from './community-package';
import { N8nServer, N8nWorker, startN8nWorker } from './n8n-server';
import { PostgresServer, startPostgres } from './services/postgres';
import { RedisServer, startRedis } from './services/redis';
import { N8nSession, SessionOptions } from './session';
import { createUserFolder, removeUserFolder } from './user-folder';

/** What a user sets on every n8n process of a queue-mode install (besides the shared key). */
export function queueModeEnv(postgres: PostgresServer, redis: RedisServer): Record<string, string> {
	return {
		EXECUTIONS_MODE: 'queue',
		...postgres.n8nEnv,
		...redis.n8nEnv,
	};
}

/**
 * Test-only timings, so a killed worker's job is seen as stalled within seconds instead of
 * n8n's defaults (60 s lock, 30 s stalled check, recovery every 180 min).
 */
export const FAST_CRASH_DETECTION_ENV: Record<string, string> = {
	QUEUE_WORKER_LOCK_DURATION: '5000',
	QUEUE_WORKER_LOCK_RENEW_TIME: '1000',
	QUEUE_WORKER_STALLED_INTERVAL: '5000',
	N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL: '1',
};

/** Printed by a worker for each job it takes; n8n logs this at info level. */
const STARTED_EXECUTION = /Worker started execution (\d+)/g;
const FINISHED_EXECUTION = /Worker finished execution (\d+)/g;

export class QueueModeN8n {
	main: N8nServer | undefined;
	readonly workers = new Map<string, N8nWorker>();
	/** Logs of workers that were stopped or killed, so their executions stay countable. */
	private readonly pastWorkerLogs: Array<{ name: string; logs: string }> = [];

	private readonly workerFolders: string[] = [];

	private constructor(
		readonly session: N8nSession,
		readonly postgres: PostgresServer,
		readonly redis: RedisServer,
		private readonly tarballs: string[],
	) {}

	static async open(options: SessionOptions): Promise<QueueModeN8n> {
		const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
		try {
			const session = await N8nSession.open({
				...options,
				env: { ...queueModeEnv(postgres, redis), ...options.env },
			});
			return new QueueModeN8n(session, postgres, redis, options.tarballs ?? []);
		} catch (error) {
			await Promise.allSettled([postgres.stop(), redis.stop()]);
			throw error;
		}
	}

	async startMain(): Promise<N8nServer> {
		this.main = await this.session.start();
		return this.main;
	}

	/** SIGTERM and a fresh start: n8n's graceful shutdown, then pollers and webhooks anew. */
	async restartMain(whileDown?: () => Promise<void> | void): Promise<N8nServer> {
		await this.main?.stop();
		await whileDown?.();
		return this.startMain();
	}

	async startWorker(name: string, concurrency = 10): Promise<N8nWorker> {
		if (this.workers.has(name)) throw new Error(`A worker named ${name} already runs`);
		const userFolder = createUserFolder(`n8n-e2e-${name}-`);
		this.workerFolders.push(userFolder);
		for (const tarball of this.tarballs) await installPackageTarball(userFolder, tarball);
		const context = { install: this.session.install, userFolder, env: this.session.env };
		const worker = await startN8nWorker(context, { name, concurrency });
		this.workers.set(name, worker);
		return worker;
	}

	/** SIGKILL, as a crash or an OOM kill would: no graceful shutdown, the job is left running. */
	async killWorker(name: string): Promise<void> {
		const worker = this.workers.get(name);
		if (!worker) throw new Error(`No worker named ${name}`);
		await worker.kill();
		this.workers.delete(name);
		this.pastWorkerLogs.push({ name, logs: worker.logs() });
	}

	/** The running worker that has started, and not finished, this execution. */
	workerRunning(executionId: string): string | undefined {
		for (const [name, worker] of this.workers) {
			const logs = worker.logs();
			if (idsIn(logs, STARTED_EXECUTION).has(executionId) && !idsIn(logs, FINISHED_EXECUTION).has(executionId))
				return name;
		}
		return undefined;
	}

	/** Execution ids each worker (running or gone) has started, by worker name. */
	executionsByWorker(): Record<string, string[]> {
		const byWorker: Record<string, string[]> = {};
		const all = [
			...this.pastWorkerLogs,
			...[...this.workers].map(([name, worker]) => ({ name, logs: worker.logs() })),
		];
		for (const { name, logs } of all)
			byWorker[name] = [...(byWorker[name] ?? []), ...idsIn(logs, STARTED_EXECUTION)];
		return byWorker;
	}

	/** The user folders of the main and of every worker started, killed ones included. */
	userFolders(): string[] {
		return [this.session.userFolder, ...this.workerFolders];
	}

	async close(): Promise<void> {
		await Promise.allSettled([...this.workers.values()].map((worker) => worker.stop()));
		if (!process.env.N8N_E2E_KEEP) this.workerFolders.forEach(removeUserFolder);
		await this.session.close();
		await Promise.allSettled([this.postgres.stop(), this.redis.stop()]);
	}
}

function idsIn(logs: string, pattern: RegExp): Set<string> {
	return new Set([...logs.matchAll(pattern)].map((match) => match[1]));
}
