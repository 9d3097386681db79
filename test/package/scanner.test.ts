/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- a test run by Node, never shipped */
import { execFileSync } from 'child_process';
import { join } from 'path';

const root = join(__dirname, '..', '..');

describe("n8n's community-package scanner rules", () => {
	it('find nothing in the shipped sources (inline disables ignored) nor in the packed JavaScript', () => {
		execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'pipe' });
		const report = JSON.parse(
			// Without jest's NODE_ENV=test, which puts n8n's lint plugin in its own self-test mode.
			execFileSync('node', [join(__dirname, 'scan.mjs')], {
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, NODE_ENV: 'production' },
			}),
		) as { sources: string[]; tarball: string[]; sourceFiles: number; tarballFiles: number };
		expect(report.sourceFiles).toBeGreaterThan(20);
		expect(report.tarballFiles).toBeGreaterThan(20);
		expect(report).toMatchObject({ sources: [], tarball: [] });
	}, 240_000);
});
