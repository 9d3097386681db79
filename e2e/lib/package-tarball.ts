/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- e2e test code run by Node and jest, never shipped in the n8n package */
// Our package as n8n installs it: built and packed once per e2e run, outside the repo.
import * as fs from 'fs';
import * as path from 'path';
import { runChecked } from './run-command';

/** Set by the jest global setup to the packed tarball (set it yourself to reuse one). */
export const TARBALL_ENV = 'EXPLORE_TGZ';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** `npm run build`, then `npm pack` into `destinationDir`; returns the tarball's path. */
export async function packExplorePackage(destinationDir: string): Promise<string> {
	const npmEnv = { ...process.env, npm_config_update_notifier: 'false' };
	await runChecked('npm', ['run', 'build'], { cwd: REPO_ROOT, env: npmEnv, timeoutMs: 5 * 60_000 });
	const { stdout } = await runChecked(
		'npm',
		['pack', '--ignore-scripts', '--quiet', `--pack-destination=${destinationDir}`],
		{ cwd: REPO_ROOT, env: npmEnv, timeoutMs: 60_000 },
	);
	const tarball = path.join(destinationDir, stdout.trim().split('\n').pop()!);
	if (!fs.existsSync(tarball))
		throw new Error(`npm pack reported ${tarball}, which does not exist`);
	return tarball;
}

/** The tarball packed by the global setup; throws a hint when the suite runs without it. */
export function exploreTarball(): string {
	const tarball = process.env[TARBALL_ENV];
	if (!tarball || !fs.existsSync(tarball)) {
		throw new Error(
			`No package tarball in $${TARBALL_ENV} (${tarball ?? 'unset'}): run the suite with ` +
				'`npx jest -c e2e/jest.config.js` (its global setup packs it), or set the variable.',
		);
	}
	return tarball;
}
