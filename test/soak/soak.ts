/* eslint-disable no-console, @n8n/community-nodes/no-restricted-globals -- a test script run by Node, never shipped */
/**
 * `npm run soak [-- --seed N --flags N --day-only]`: the randomized soak of the EXPLORE Trigger
 * over 10 000+ flags (see triggerSoak.ts). SOAK_SEED and SOAK_FLAGS work too. Exits 1 when a
 * flag was lost or sent twice, or when the logins exceed their bound.
 */
import { startSimulator } from '../../sandbox/server';
import { addSecretSource } from '../harness';
import { makeN8nSleepInstant } from './instantSleep';
import { runTriggerSoak } from './triggerSoak';
import type { SoakFigures } from './triggerSoak';

function argument(name: string): string | undefined {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? undefined : process.argv[index + 1];
}

function report(figures: SoakFigures): string {
	const rows: Array<[string, unknown]> = [
		['seed', figures.seed],
		['flags', figures.flags],
		['emitted', figures.emitted],
		['lost', figures.lost],
		['duplicated', figures.duplicated],
		['unexpected', figures.unexpected],
		['polls', figures.polls],
		['failed polls', figures.failedPolls],
		['restarts', figures.restarts],
		['faults thrown', figures.faultsThrown],
		['revocations', figures.revocations],
		['logins (calls)', figures.logins],
		['logins that issued a token', figures.tokensIssued],
		[
			'expected bound',
			`≤ ${figures.tokenBound} (1 + one per 6 h token lifetime + one per revocation)`,
		],
		['requests', figures.requests],
		['simulated time', `${figures.simulatedHours} h`],
		['elapsed', `${(figures.elapsedMs / 1000).toFixed(1)} s`],
	];
	return rows.map(([name, value]) => `${name.padEnd(28)}${String(value)}`).join('\n');
}

async function main(): Promise<void> {
	const seed = Number(argument('seed') ?? process.env.SOAK_SEED ?? Date.now() % 1_000_000_000);
	const flags = Number(argument('flags') ?? process.env.SOAK_FLAGS ?? 10_000);
	const dayOnly = process.argv.includes('--day-only');
	console.log(
		`EXPLORE Trigger soak: seed ${seed}, ${flags} flags${dayOnly ? ', day-only dates' : ''}`,
	);
	console.log(
		`replay with: npm run soak -- --seed ${seed} --flags ${flags}${dayOnly ? ' --day-only' : ''}\n`,
	);

	makeN8nSleepInstant();
	const simulator = await startSimulator({ records: 200, quiet: true });
	const removeSecretSource = addSecretSource(() => simulator.issuedSecrets());
	try {
		const figures = await runTriggerSoak(simulator, {
			seed,
			flags,
			dayOnly,
			event: dayOnly ? 'batipulseCompanyFlagged' : 'projectFlagged',
			pageSize: dayOnly ? 200 : 20,
			maxFlagsPerPoll: 20,
		});
		console.log(report(figures));
		const ok =
			figures.lost === 0 &&
			figures.duplicated === 0 &&
			figures.unexpected === 0 &&
			figures.tokensIssued <= figures.tokenBound;
		console.log(ok ? '\nOK' : '\nFAILED');
		process.exitCode = ok ? 0 : 1;
	} finally {
		removeSecretSource();
		await simulator.stop();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
