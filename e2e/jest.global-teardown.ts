/* eslint-disable */
// After the suite: deletes the tarball the global setup packed (never one given in $EXPLORE_TGZ).
import * as fs from 'fs';
import { PACKED_DIR_ENV } from './jest.global-setup';

export default async function globalTeardown(): Promise<void> {
	const dir = process.env[PACKED_DIR_ENV];
	if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
