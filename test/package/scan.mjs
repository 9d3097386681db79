// What n8n's community-package scanner checks, run locally: n8n's lint rules on the shipped
// sources with inline `eslint-disable` comments ignored, and the community rules plus no-console
// on the JavaScript of the packed tarball. Prints {"sources": [...], "tarball": [...], "files": n}.
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import { config as n8nNodeCliConfig } from '@n8n/node-cli/eslint';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..', '..');

const problems = (results, base) =>
	results.flatMap((result) =>
		result.messages
			.filter((message) => message.severity === 2)
			.map((m) => `${result.filePath.replace(base, '')}:${m.line} ${m.ruleId}: ${m.message}`),
	);

const sources = await new ESLint({
	cwd: root,
	overrideConfigFile: true,
	overrideConfig: n8nNodeCliConfig,
	allowInlineConfig: false,
}).lintFiles(['nodes/**/*.ts', 'credentials/**/*.ts', 'package.json']);

const folder = mkdtempSync(join(tmpdir(), 'explore-pack-'));
try {
	const packed = execFileSync(
		'npm',
		['pack', '--ignore-scripts', '--pack-destination', folder, '--json'],
		{
			cwd: root,
			encoding: 'utf8',
		},
	);
	execFileSync('tar', ['-xzf', join(folder, JSON.parse(packed)[0].filename), '-C', folder]);
	const packageDir = join(folder, 'package');
	const tarball = await new ESLint({
		cwd: packageDir,
		overrideConfigFile: true,
		allowInlineConfig: false,
		overrideConfig: [
			{
				files: ['**/*.js'],
				plugins: { '@n8n/community-nodes': n8nCommunityNodesPlugin },
				rules: { ...n8nCommunityNodesPlugin.configs.recommended.rules, 'no-console': 'error' },
				languageOptions: { sourceType: 'commonjs', ecmaVersion: 2022 },
			},
		],
	}).lintFiles(['**/*.js']);
	process.stdout.write(
		JSON.stringify({
			sources: problems(sources, root),
			tarball: problems(tarball, packageDir),
			sourceFiles: sources.length,
			tarballFiles: tarball.length,
		}),
	);
} finally {
	rmSync(folder, { recursive: true, force: true });
}
