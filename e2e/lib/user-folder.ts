/* eslint-disable */
// A throwaway N8N_USER_FOLDER per run: n8n keeps its sqlite database, config and
// community packages under <userFolder>/.n8n.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export function createUserFolder(prefix = 'n8n-e2e-'): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeUserFolder(userFolder: string): void {
	fs.rmSync(userFolder, { recursive: true, force: true, maxRetries: 3 });
}

/** Folder for the harness's own scratch files (import inputs, exports) inside a user folder. */
export function scratchDir(userFolder: string): string {
	const dir = path.join(userFolder, 'e2e-scratch');
	fs.mkdirSync(dir, { recursive: true });
	return dir;
}
