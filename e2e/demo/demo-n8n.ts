/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- the demo, a script run by Node, never shipped */
// The demo's n8n: the 2.x line from the harness's cache (installed on first use), a user folder
// with our tarball installed as a community package, and `n8n start` on localhost:5678.
import * as fs from 'fs';
import * as path from 'path';

import { N8nSession, ensureN8n, installLocation, isInstalled } from '../lib';
import type { N8nInstall, N8nServer } from '../lib';
import { detail, warn } from './console-output';
import { preferredOrFreePort } from './loopback-ports';

export const DEMO_N8N_LINE = '2';
export const EDITOR_PORT = 5678;

/** Returns the cached n8n install, installing it first (minutes, with progress) if needed. */
export async function ensureDemoN8n(): Promise<N8nInstall> {
	const location = installLocation(DEMO_N8N_LINE);
	const label = `n8n ${location.n8nVersion} on Node ${location.nodeVersion}`;
	if (isInstalled(location)) detail(`${label}: already installed in ${location.dir}`);
	else {
		detail(`${label} is not installed yet: installing it into ${location.dir}`);
		detail('first time only: about 7 minutes and 3 GB (npm ci, sqlite3 compiles from source)');
	}
	try {
		return await ensureN8n(DEMO_N8N_LINE);
	} catch (error) {
		const npmLog = `${location.dir}.partial-${process.pid}/npm-ci.log`;
		const where = fs.existsSync(npmLog) ? `npm log: ${npmLog}` : `install folder: ${location.dir}`;
		throw new Error(`Installing ${label} failed (${where}).\n${(error as Error).message}`);
	}
}

/** A fresh user folder with the packed package installed the way n8n installs community nodes. */
export async function openDemoSession(
	tarball: string,
	keepUserFolder: boolean,
): Promise<N8nSession> {
	const session = await N8nSession.open({
		line: DEMO_N8N_LINE,
		tarballs: [tarball],
		keepUserFolder,
	});
	detail(`user folder  ${session.userFolder}`);
	for (const installed of session.installedPackages) {
		detail(`installed    ${installed.name}@${installed.version} → ${installed.dir}`);
	}
	return session;
}

/** `n8n start` on 127.0.0.1:5678 (or a free port if 5678 is taken); resolves once the editor is up. */
export async function startEditor(session: N8nSession): Promise<N8nServer> {
	const { port, preferredWasBusy } = await preferredOrFreePort(EDITOR_PORT);
	if (preferredWasBusy) {
		warn(`port ${EDITOR_PORT} is busy (another n8n?): the editor uses port ${port} instead`);
	}
	const server = await session.start({
		env: { N8N_PORT: String(port), N8N_EDITOR_BASE_URL: editorUrl(port) },
	});
	detail(`n8n log      ${server.logFile}`);
	return server;
}

export const editorUrl = (port: number): string => `http://localhost:${port}`;

/** Where `session.close()` leaves things, to tell the person. */
export function describeUserFolderFate(session: N8nSession, kept: boolean): string {
	return kept
		? `n8n user folder kept: ${session.userFolder} (database: ${path.join(session.userFolder, '.n8n', 'database.sqlite')})`
		: `n8n user folder removed: ${session.userFolder} (use --keep to keep it)`;
}
