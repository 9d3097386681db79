/* eslint-disable @n8n/community-nodes/no-restricted-globals -- e2e test code run by Node and jest, never shipped in the n8n package */
// Our package on n8n 2.x in queue mode: PostgreSQL, Redis, one main and two workers.
import { startSimulator } from '../../sandbox/server';
import type { Simulator } from '../../sandbox/server';
import {
	FAST_CRASH_DETECTION_ENV,
	N8nRestClient,
	QueueModeN8n,
	exploreCredential,
	exploreTarball,
	waitUntil,
} from '../lib';
import { findSecretLeaks } from '../../test/harness/secretScan';
import { secretLeaksInFolders } from '../lib/secret-scan';
import { TRIGGER_NODE } from '../suite/trigger-workflow';
import { QueueFigures } from './figures';
import { executionOutputs, startedTogether } from './executions';
import {
	DELIVERY_SINK,
	LOAD_NODE,
	LOAD_WEBHOOK_PATH,
	deliveryWorkflow,
	loadWorkflow,
} from './workflows';

const LOAD_RECORDS = 600;
const PAGE_SIZE = 100;
const CONCURRENT_EXECUTIONS = 20;
/** Token lifetime while the 20 executions run: each of them outlives several tokens. */
const SHORT_TOKEN_TTL_SECONDS = 2;
/** Added to every data request, so an execution lasts a few seconds. */
const DATA_REQUEST_DELAY_MS = 150;
/** A poll every minute, then up to 20 flags delivered 0.4 s apart. */
const ONE_POLL_MS = 100_000;

const LOAD_CREDENTIAL = { id: 'queueLoadCred001', name: 'EXPLORE (queue load)' };
const FLAGS_CREDENTIAL = { id: 'queueFlagCred001', name: 'EXPLORE (queue flags)' };

jest.setTimeout(10 * 60_000);

describe('n8n 2.x in queue mode: PostgreSQL, Redis, one main, two workers', () => {
	let loadSimulator: Simulator;
	let flagSimulator: Simulator;
	let queue: QueueModeN8n;
	let api: N8nRestClient;
	let loadWorkflowId: string;
	let deliveryWorkflowId: string;
	const figures = new QueueFigures();

	beforeAll(async () => {
		[loadSimulator, flagSimulator] = await Promise.all([
			startSimulator({ records: LOAD_RECORDS }),
			startSimulator(),
		]);
		queue = await QueueModeN8n.open({
			line: '2',
			tarballs: [exploreTarball()],
			env: FAST_CRASH_DETECTION_ENV,
		});
		await queue.session.importCredentials([
			exploreCredential(loadSimulator, LOAD_CREDENTIAL),
			exploreCredential(flagSimulator, FLAGS_CREDENTIAL),
		]);
		[loadWorkflowId, deliveryWorkflowId] = await queue.session.importWorkflows([
			loadWorkflow(LOAD_CREDENTIAL, PAGE_SIZE),
			deliveryWorkflow(flagSimulator.url, FLAGS_CREDENTIAL),
		]);
		await queue.session.activate(loadWorkflowId);
		await queue.session.activate(deliveryWorkflowId);
		await queue.startMain();
		await queue.startWorker('worker-1');
		await queue.startWorker('worker-2');
		api = await queue.session.ownerSetupAndLogin(queue.main!);
	}, 15 * 60_000);

	afterAll(async () => {
		process.stdout.write(figures.table());
		await queue?.close();
		await Promise.all([loadSimulator?.stop(), flagSimulator?.stop()]);
	});

	const startLoadExecutions = (count: number) =>
		startedTogether(count, () =>
			fetch(`${queue.main!.url}/webhook/${LOAD_WEBHOOK_PATH}`, { method: 'POST' }),
		);

	/** Every execution of the load workflow since `known`, once all have finished. */
	const finishedLoadExecutions = async (known: number, added: number) => {
		await api.waitForExecutions(loadWorkflowId, { count: known + added, timeoutMs: 5 * 60_000 });
		const all = await executionOutputs(api, loadWorkflowId, LOAD_NODE);
		return all.slice(0, added);
	};

	it('runs 20 concurrent executions on both workers with the one token the first execution obtained', async () => {
		await startLoadExecutions(1);
		const [first] = await finishedLoadExecutions(0, 1);
		expect(first.status).toBe('success');
		expect(loadSimulator.stats().logins).toBe(1);

		await startLoadExecutions(CONCURRENT_EXECUTIONS);
		const executions = await finishedLoadExecutions(1, CONCURRENT_EXECUTIONS);

		expect(executions.map((execution) => execution.status)).toEqual(
			Array(CONCURRENT_EXECUTIONS).fill('success'),
		);
		for (const execution of executions) expect(execution.ids).toHaveLength(LOAD_RECORDS);
		for (const execution of executions) expect(new Set(execution.ids).size).toBe(LOAD_RECORDS);
		// the token saved by the first execution's worker was read by every later one
		expect(loadSimulator.stats().logins).toBe(1);
		const byWorker = queue.executionsByWorker();
		expect(byWorker['worker-1'].length).toBeGreaterThan(0);
		expect(byWorker['worker-2'].length).toBeGreaterThan(0);
		figures.add('20 at once, token shared', {
			executions: executions.length,
			failed: 0,
			logins: loadSimulator.stats().logins - 1,
			'worker-1 / worker-2': `${byWorker['worker-1'].length} / ${byWorker['worker-2'].length}`,
		});
	});

	it('when tokens are revoked and then expire every 2 s, 20 concurrent executions all complete, with a bounded number of logins', async () => {
		const known = (await api.listExecutions(loadWorkflowId)).length;
		loadSimulator.configure({ tokenTtlSeconds: SHORT_TOKEN_TTL_SECONDS });
		loadSimulator.revokeTokens();
		loadSimulator.addFault({ kind: 'delay', delayMs: DATA_REQUEST_DELAY_MS, count: 1_000_000 });
		const loginsBefore = loadSimulator.stats().logins;

		await startLoadExecutions(CONCURRENT_EXECUTIONS);
		const executions = await finishedLoadExecutions(known, CONCURRENT_EXECUTIONS);
		loadSimulator.clearFaults();

		const logins = loadSimulator.stats().logins - loginsBefore;
		expect(executions.map((execution) => execution.status)).toEqual(
			Array(CONCURRENT_EXECUTIONS).fill('success'),
		);
		for (const execution of executions) expect(new Set(execution.ids).size).toBe(LOAD_RECORDS);
		// at most one login per execution per token lifetime it spans, plus the revoked token
		const tokenLifetimesSpanned = executions.reduce(
			(sum, execution) => sum + 1 + Math.ceil(execution.durationMs / (SHORT_TOKEN_TTL_SECONDS * 1000)),
			0,
		);
		expect(logins).toBeGreaterThanOrEqual(1);
		expect(logins).toBeLessThanOrEqual(tokenLifetimesSpanned);
		expect(loadSimulator.stats().byStatus['401'] ?? 0).toBeGreaterThan(0);
		figures.add('20 at once, tokens revoked then 2 s', {
			executions: executions.length,
			failed: 0,
			logins: `${logins} (bound ${tokenLifetimesSpanned})`,
			'longest execution': `${Math.max(...executions.map((execution) => execution.durationMs))} ms`,
		});
	});

	it('delivers every flag exactly once from the trigger, through a killed worker and a main restart (n8n re-runs the crashed execution on retry)', async () => {
		const firstFlags = flagSimulator.flag({ endpoint: 'projectFlagged', count: 20 }).ids.map(String);
		const delivered = () => flagSimulator.sink(DELIVERY_SINK) as Array<{ id: string }>;

		// a worker dies in the middle of delivering the batch
		await waitUntil(() => delivered().length >= 3, {
			timeoutMs: ONE_POLL_MS,
			what: 'the first flags delivered',
			context: () => queue.main!.logTail(30),
		});
		const [running] = (await api.listExecutions(deliveryWorkflowId)).filter(
			(execution) => execution.status === 'running',
		);
		const victim = queue.workerRunning(running.id);
		expect(victim).toBeDefined();
		await queue.killWorker(victim!);
		const deliveredByKilledRun = delivered().length;
		expect(deliveredByKilledRun).toBeLessThan(firstFlags.length);
		await queue.startWorker('worker-3');

		// the main restarts while more projects are flagged
		const laterFlags: string[] = [];
		await queue.restartMain(() => {
			laterFlags.push(...flagSimulator.flag({ endpoint: 'projectFlagged', count: 10 }).ids.map(String));
		});
		api = new N8nRestClient(queue.main!, queue.session.install);
		await api.login();

		// n8n marks the killed run as crashed; a retry (as from the executions list) re-runs it
		await waitUntil(async () => (await api.getExecution(running.id)).status !== 'running', {
			timeoutMs: 60_000,
			what: `execution ${running.id} marked as crashed`,
		});
		expect(['crashed', 'error']).toContain((await api.getExecution(running.id)).status);
		await api.request('POST', `executions/${running.id}/retry`, { loadWorkflow: false });

		const allFlags = [...firstFlags, ...laterFlags];
		const missing = () => allFlags.filter((id) => !delivered().some((flag) => String(flag.id) === id));
		await waitUntil(() => missing().length === 0, {
			timeoutMs: 2 * ONE_POLL_MS,
			what: `${allFlags.length} distinct flags delivered`,
			context: async () =>
				`missing ${missing().join(', ')} of ${allFlags.length}; delivered ${delivered().length}\n` +
				JSON.stringify(await executionOutputs(api, deliveryWorkflowId, TRIGGER_NODE)) +
				`\n${queue.main!.logTail(30)}`,
		});
		await api.waitForExecutions(deliveryWorkflowId, { count: 3, timeoutMs: 60_000 });

		const deliveredIds = delivered().map((flag) => String(flag.id));
		const emitted = (await executionOutputs(api, deliveryWorkflowId, TRIGGER_NODE))
			.filter((execution) => execution.mode !== 'retry')
			.flatMap((execution) => execution.ids);
		expect([...emitted].sort()).toEqual([...allFlags].sort());
		expect([...new Set(deliveredIds)].sort()).toEqual([...allFlags].sort());
		// n8n's own at-least-once: the retry re-sends what the killed run had already sent
		expect(deliveredIds.length - allFlags.length).toBe(deliveredByKilledRun);
		figures.add('trigger: worker killed, main restarted', {
			executions: (await api.listExecutions(deliveryWorkflowId)).length,
			failed: '1 (crashed, retried)',
			logins: flagSimulator.stats().logins,
			flags: allFlags.length,
			'emitted by the trigger': emitted.length,
			lost: allFlags.length - new Set(deliveredIds).size,
			'delivered twice': `${deliveredIds.length - allFlags.length} (n8n's retry)`,
		});
	});

	it('polls only on the main process: one request per minute, not one per process', () => {
		const polls = flagSimulator.requests().filter((request) => request.endpoint !== undefined);
		const minutes = new Set(polls.map((request) => request.time.slice(0, 16)));
		// two activation polls (first start and restart) may share a minute with a scheduled one
		expect(polls.length).toBeLessThanOrEqual(minutes.size + 2);
		figures.add('trigger polls', { polls: polls.length, minutes: minutes.size });
	});

	it('leaves no key or token in any process log, event log or stored execution', async () => {
		const secrets = [...loadSimulator.issuedSecrets(), ...flagSimulator.issuedSecrets()];
		const executions = [
			...(await api.listExecutions(loadWorkflowId)),
			...(await api.listExecutions(deliveryWorkflowId)),
		];
		const stored = await Promise.all(executions.map((execution) => api.getExecution(execution.id)));

		expect(secrets.length).toBeGreaterThan(4); // the four keys and the tokens issued
		expect(secretLeaksInFolders(queue.userFolders(), secrets)).toEqual([]);
		expect(findSecretLeaks(secrets, [{ place: 'executions', value: stored, json: true }])).toEqual([]);
	});
});
