/* eslint-disable */
// Installs a community package tarball into a user folder the way n8n's own installer
// does (community-packages.service.ts#downloadPackage), so its types load as
// `<package>.<node>` (not `CUSTOM.<node>` as with the custom-extensions folder).
import * as fs from 'fs';
import * as path from 'path';
import { runChecked } from './run-command';

export interface InstalledPackage {
	name: string;
	version: string;
	/** <userFolder>/.n8n/nodes/node_modules/<name> */
	dir: string;
}

export async function installPackageTarball(
	userFolder: string,
	tarball: string,
): Promise<InstalledPackage> {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const unpacked = path.join(nodesDir, `.unpack-${process.pid}-${Date.now()}`);
	fs.mkdirSync(unpacked, { recursive: true });
	try {
		await runChecked('tar', [
			'-xzf',
			path.resolve(tarball),
			'-C',
			unpacked,
			'--strip-components=1',
		]);
		const { devDependencies, peerDependencies, optionalDependencies, ...packageJson } = JSON.parse(
			fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8'),
		);
		fs.writeFileSync(path.join(unpacked, 'package.json'), JSON.stringify(packageJson, null, 2));
		const dir = path.join(nodesDir, 'node_modules', packageJson.name);
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(path.dirname(dir), { recursive: true });
		fs.renameSync(unpacked, dir);
		// Same flags as n8n; with no runtime dependencies this needs no network.
		await runChecked(
			'npm',
			[
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
				'--prefer-offline',
			],
			{
				cwd: dir,
				env: { ...process.env, npm_config_update_notifier: 'false' },
				timeoutMs: 5 * 60 * 1000,
			},
		);
		recordDependency(nodesDir, packageJson.name, packageJson.version);
		return { name: packageJson.name, version: packageJson.version, dir };
	} finally {
		fs.rmSync(unpacked, { recursive: true, force: true });
	}
}

/** n8n keeps <userFolder>/.n8n/nodes/package.json listing the installed packages. */
function recordDependency(nodesDir: string, name: string, version: string): void {
	const file = path.join(nodesDir, 'package.json');
	const manifest = fs.existsSync(file)
		? JSON.parse(fs.readFileSync(file, 'utf8'))
		: { name: 'installed-nodes', private: true, dependencies: {} };
	manifest.dependencies = { ...manifest.dependencies, [name]: version };
	fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
}
