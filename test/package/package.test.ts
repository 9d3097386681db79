/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- a test run by Node, never shipped */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
	dependencies?: object;
	peerDependencies?: object;
	n8n: { nodes: string[]; credentials: string[] };
};

beforeAll(() => {
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'pipe' });
}, 120_000);

describe('the built package', () => {
	it('has no runtime dependencies and only n8n-workflow as a peer', () => {
		expect(manifest.dependencies ?? {}).toEqual({});
		expect(Object.keys(manifest.peerDependencies ?? {})).toEqual(['n8n-workflow']);
	});

	it('loads every node and credential it declares, with their icons and codex files', () => {
		for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) {
			const className = file.split('/').pop()?.split('.')[0] as string;
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const loaded = require(join(root, file)) as Record<
				string,
				new () => {
					description?: { icon: { light: string; dark: string } };
					icon?: { light: string; dark: string };
				}
			>;
			const instance = new loaded[className]();
			const icon = instance.description?.icon ?? instance.icon;
			for (const variant of [icon?.light, icon?.dark]) {
				expect(existsSync(join(root, file, '..', String(variant).replace('file:', '')))).toBe(true);
			}
			if (file.endsWith('.node.js'))
				expect(existsSync(join(root, file.replace(/\.js$/, '.json')))).toBe(true);
		}
	});

	it('packs only dist/, README, LICENSE and package.json', () => {
		const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
			cwd: root,
			encoding: 'utf8',
		});
		const files = (JSON.parse(output) as Array<{ files: Array<{ path: string }> }>)[0].files.map(
			(f) => f.path,
		);
		const outside = files.filter(
			(path) =>
				!path.startsWith('dist/') && !['README.md', 'LICENSE', 'package.json'].includes(path),
		);
		expect(outside).toEqual([]);
		expect(files).toEqual(
			expect.arrayContaining([
				'dist/nodes/Explore/Explore.node.js',
				'dist/credentials/ExploreApi.credentials.js',
				'dist/icons/explore.svg',
			]),
		);
		expect(
			files.some((path) => /sandbox|test\/|e2e|\.map$/.test(path) && !path.endsWith('.js.map')),
		).toBe(false);
	});
});
