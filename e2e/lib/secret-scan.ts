/* eslint-disable */
// The e2e side of the secret scan: everything n8n wrote in a user folder (process logs, the
// event log, execution snapshots, the SQLite database with every execution's data) searched for
// the secrets the simulators know (keys, every token issued, every signature seen).
import * as fs from 'fs';
import * as path from 'path';
import { ProducedTexts, findSecretLeaks } from '../../test/harness/secretScan';

/** The harness's own import input: the credential as the test wrote it, keys in clear. */
const HARNESS_INPUTS = /^credentials-.*\.json$/;
const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** One line per leak (file and masked secret); empty when nothing leaked. */
export function secretLeaksInFolders(folders: string[], secrets: string[]): string[] {
	const produced: ProducedTexts[] = folders.flatMap((folder) =>
		filesBelow(folder)
			.filter((file) => !HARNESS_INPUTS.test(path.basename(file)))
			.map((file) => ({ place: file, value: fs.readFileSync(file).toString('latin1') })),
	);
	return findSecretLeaks(secrets, produced);
}

/** Every regular file below `folder`, installed packages left out (they are code, not output). */
function filesBelow(folder: string): string[] {
	if (!fs.existsSync(folder)) return [];
	return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesBelow(full);
		return entry.isFile() && fs.statSync(full).size <= MAX_FILE_BYTES ? [full] : [];
	});
}
