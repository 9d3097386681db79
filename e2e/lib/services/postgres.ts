/* eslint-disable */
// A throwaway PostgreSQL cluster on a free loopback port, in a temp folder, for one run.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BackgroundProcess, startBackground } from '../background-process';
import { freePort } from '../ports';
import { runChecked } from '../run-command';
import { ensurePrograms, postgresBinary } from './debian-packages';

export interface PostgresServer {
	host: string;
	port: number;
	user: string;
	database: string;
	/** The n8n variables that point at this database. */
	n8nEnv: Record<string, string>;
	process: BackgroundProcess;
	stop(): Promise<void>;
}

const USER = 'n8n';
const DATABASE = 'n8n';

export async function startPostgres(): Promise<PostgresServer> {
	const bin = await ensurePrograms({
		initdb: { candidates: postgresBinary('initdb'), debianPackage: 'postgresql' },
		postgres: { candidates: postgresBinary('postgres'), debianPackage: 'postgresql' },
		createdb: { candidates: postgresBinary('createdb'), debianPackage: 'postgresql' },
	});
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-postgres-'));
	const owner = await clusterOwner();
	if (owner.uid !== undefined) fs.chownSync(folder, owner.uid, owner.gid ?? owner.uid);
	const dataDir = path.join(folder, 'data');
	const runAsOwner = { ...owner, env: { PATH: process.env.PATH, LANG: 'C.UTF-8' } };
	await runChecked(
		bin.initdb,
		['-D', dataDir, '-U', USER, '-A', 'trust', '-E', 'UTF8', '--no-sync'],
		{ ...runAsOwner, cwd: folder, timeoutMs: 120_000 },
	);
	const port = await freePort();
	const server = await startBackground({
		command: bin.postgres,
		args: [
			'-D', dataDir,
			'-p', String(port),
			'-h', '127.0.0.1',
			'-k', folder,
			// a test database: durability is not wanted, speed is
			'-c', 'fsync=off',
			'-c', 'synchronous_commit=off',
			'-c', 'full_page_writes=off',
			'-c', 'max_connections=200',
		],
		cwd: folder,
		env: runAsOwner.env,
		uid: owner.uid,
		gid: owner.gid,
		logFile: path.join(folder, 'postgres.log'),
		ready: /database system is ready to accept connections/,
		graceMs: 10_000,
	});
	await runChecked(bin.createdb, ['-h', '127.0.0.1', '-p', String(port), '-U', USER, DATABASE], {
		timeoutMs: 30_000,
	});
	return {
		host: '127.0.0.1',
		port,
		user: USER,
		database: DATABASE,
		n8nEnv: {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(port),
			DB_POSTGRESDB_DATABASE: DATABASE,
			DB_POSTGRESDB_USER: USER,
			DB_POSTGRESDB_PASSWORD: '',
		},
		process: server,
		async stop() {
			await server.stop();
			fs.rmSync(folder, { recursive: true, force: true });
		},
	};
}

/** PostgreSQL refuses to run as root: root runs it as the `postgres` user the package creates. */
async function clusterOwner(): Promise<{ uid?: number; gid?: number }> {
	if (process.getuid?.() !== 0) return {};
	const { stdout } = await runChecked('id', ['-u', 'postgres']);
	const { stdout: group } = await runChecked('id', ['-g', 'postgres']);
	return { uid: Number(stdout.trim()), gid: Number(group.trim()) };
}
