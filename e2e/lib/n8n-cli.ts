// Runs one `n8n <command>` against a user folder, on the install's pinned Node.
import { N8nInstall } from './install-n8n';
import { n8nEnv } from './n8n-env';
import { freePort } from './ports';
import { CommandError, CommandResult, runCommand } from './run-command';

/** One n8n install + one user folder (database, config, community packages). */
export interface N8nContext {
	install: N8nInstall;
	userFolder: string;
	/** Extra environment for every n8n process of this context. */
	env?: Record<string, string>;
}

export interface N8nRunOptions {
	timeoutMs?: number;
	/** Extra environment for this command only. */
	env?: Record<string, string>;
	/** Return a failed result instead of throwing. */
	allowFailure?: boolean;
}

/** Thrown when an n8n command fails; the message ends with the tail of n8n's output. */
export class N8nCommandError extends CommandError {
	constructor(message: string, result: CommandResult, log?: string) {
		super(message, result, log);
		this.name = 'N8nCommandError';
	}
}

const DEFAULT_TIMEOUT_MS = 3 * 60 * 1000;

export async function runN8n(
	context: N8nContext,
	args: string[],
	options: N8nRunOptions = {},
): Promise<CommandResult> {
	const { install, userFolder } = context;
	const env = n8nEnv(install, userFolder, {
		brokerPort: await freePort(),
		extra: { ...context.env, ...options.env },
	});
	const result = await runCommand(install.nodeBin, [install.n8nBin, ...args], {
		cwd: userFolder,
		env,
		timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
	});
	if (result.exitCode !== 0 && !options.allowFailure) {
		throw new N8nCommandError(`n8n ${args[0]} failed`, result);
	}
	return result;
}
