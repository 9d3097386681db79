/* eslint-disable */
// A throwaway Redis on a free loopback port, nothing saved to disk, for one run.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BackgroundProcess, startBackground } from '../background-process';
import { freePort } from '../ports';
import { ensurePrograms } from './debian-packages';

export interface RedisServer {
	port: number;
	/** The n8n variables that point its queue at this Redis. */
	n8nEnv: Record<string, string>;
	process: BackgroundProcess;
	stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
	const bin = await ensurePrograms({
		'redis-server': { candidates: () => ['/usr/bin/redis-server'], debianPackage: 'redis-server' },
	});
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-redis-'));
	const port = await freePort();
	const server = await startBackground({
		command: bin['redis-server'],
		args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', folder],
		cwd: folder,
		env: { PATH: process.env.PATH },
		logFile: path.join(folder, 'redis.log'),
		ready: /Ready to accept connections/,
		graceMs: 5_000,
	});
	return {
		port,
		n8nEnv: { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) },
		process: server,
		async stop() {
			await server.stop();
			fs.rmSync(folder, { recursive: true, force: true });
		},
	};
}
