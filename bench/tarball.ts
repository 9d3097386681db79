/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- a benchmark script run by Node, never shipped */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { TARBALL_ENV, packExplorePackage } from '../e2e/lib';

/**
 * The package as n8n installs it: `$EXPLORE_TGZ` when set, else built and packed now into a
 * temporary folder (`remove` deletes it).
 */
export async function benchTarball(): Promise<{ tarball: string; remove: () => void }> {
	const given = process.env[TARBALL_ENV];
	if (given) {
		if (!fs.existsSync(given)) throw new Error(`$${TARBALL_ENV} names a missing file: ${given}`);
		return { tarball: given, remove: () => undefined };
	}
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'explore-bench-'));
	return {
		tarball: await packExplorePackage(folder),
		remove: () => fs.rmSync(folder, { recursive: true, force: true }),
	};
}
