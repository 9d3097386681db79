/* eslint-disable */
// Servers the queue-mode topology needs, from Debian's packages: found on this machine, or
// installed with apt-get when we are root (as in CI), or a clear hint of what to install.
import * as fs from 'fs';
import { runChecked } from '../run-command';

export interface RequiredProgram {
	/** Where the program lands; the first existing candidate wins. */
	candidates: () => string[];
	debianPackage: string;
}

/** Resolves every program, installing the missing ones' packages in one apt-get call. */
export async function ensurePrograms<Name extends string>(
	programs: Record<Name, RequiredProgram>,
): Promise<Record<Name, string>> {
	const missing = (Object.keys(programs) as Name[]).filter((name) => !locate(programs[name]));
	if (missing.length > 0) {
		const packages = missing.map((name) => programs[name].debianPackage);
		if (process.getuid?.() !== 0) {
			throw new Error(
				`The queue-mode tests need ${missing.join(', ')}: run \`sudo apt-get install -y ${packages.join(' ')}\` once.`,
			);
		}
		await aptInstall(packages);
	}
	const found = {} as Record<Name, string>;
	for (const name of Object.keys(programs) as Name[]) {
		const location = locate(programs[name]);
		if (!location) throw new Error(`apt-get installed ${programs[name].debianPackage}, but ${name} is still missing`);
		found[name] = location;
	}
	return found;
}

async function aptInstall(packages: string[]): Promise<void> {
	const options = { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeoutMs: 10 * 60_000 };
	const install = () =>
		runChecked('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], options);
	try {
		await install();
	} catch {
		// a fresh machine's package lists may be stale or missing
		await runChecked('apt-get', ['update', '-q'], options);
		await install();
	}
}

function locate(program: RequiredProgram): string | undefined {
	return program.candidates().find((candidate) => fs.existsSync(candidate));
}

/** `/usr/lib/postgresql/<major>/bin/<program>`, newest major first. */
export function postgresBinary(program: string): () => string[] {
	return () => {
		const root = '/usr/lib/postgresql';
		const majors = fs.existsSync(root)
			? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))
			: [];
		return majors.map((major) => `${root}/${major}/bin/${program}`);
	};
}
