/* eslint-disable */
// Before any test: installs the n8n lines the e2e suite runs against, and packs our package once.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureN8n } from './lib';
import { TARBALL_ENV, packExplorePackage } from './lib/package-tarball';

/** Folder of the tarball packed here; the global teardown deletes it. */
export const PACKED_DIR_ENV = 'EXPLORE_TGZ_PACKED_DIR';

export default async function globalSetup(): Promise<void> {
	const lines = (process.env.N8N_E2E_LINES ?? '2,1')
		.split(',')
		.map((line) => line.trim())
		.filter(Boolean);
	for (const line of lines) await ensureN8n(line);
	if (!process.env[TARBALL_ENV]) {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-explore-pack-'));
		process.env[PACKED_DIR_ENV] = dir;
		process.env[TARBALL_ENV] = await packExplorePackage(dir);
	}
}
