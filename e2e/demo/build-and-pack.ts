/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- the demo, a script run by Node, never shipped */
// `npm run build`, then `npm pack`: the tarball a user would get from the npm registry.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

import { detail } from './console-output';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Thrown when npm fails; says which command and where its whole log is. */
export class NpmStepError extends Error {
	constructor(command: string, exit: string, logFile: string) {
		const lastLines = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-15);
		super(`\`${command}\` failed (${exit}). Whole log: ${logFile}\n${lastLines.join('\n')}`);
		this.name = 'NpmStepError';
	}
}

/** Runs npm in the repo, its output appended to `logFile`; resolves with its stdout. */
function npm(args: string[], logFile: string): Promise<string> {
	const command = `npm ${args.join(' ')}`;
	fs.appendFileSync(logFile, `\n$ ${command}\n`);
	return new Promise((resolve, reject) => {
		const child = spawn('npm', args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			stdout += chunk;
			fs.appendFileSync(logFile, chunk);
		});
		child.stderr
			.setEncoding('utf8')
			.on('data', (chunk: string) => fs.appendFileSync(logFile, chunk));
		child.on('error', (error) => reject(new Error(`Cannot run npm: ${error.message}`)));
		child.on('close', (code, signal) => {
			if (code === 0) resolve(stdout);
			else reject(new NpmStepError(command, signal ?? `exit ${code}`, logFile));
		});
	});
}

/** Builds the package and packs it into `outDir`; returns the tarball's path. */
export async function buildAndPack(outDir: string): Promise<string> {
	fs.mkdirSync(outDir, { recursive: true });
	const logFile = path.join(outDir, 'build.log');
	fs.writeFileSync(logFile, '');
	detail(`npm run build   (log: ${logFile})`);
	await npm(['run', 'build'], logFile);
	detail('npm pack --ignore-scripts');
	const packed = JSON.parse(
		await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', outDir], logFile),
	) as Array<{ filename: string }>;
	const tarball = path.join(outDir, packed[0].filename);
	detail(`→ ${tarball}`);
	return tarball;
}
