/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- a benchmark script run by Node, never shipped */
import { N8nRestClient, N8nSession, exploreCredential } from '../../e2e/lib';
import type { N8nServer } from '../../e2e/lib';
import type { Simulator } from '../../sandbox/server';
import { BENCH_CREDENTIAL, benchWorkflows, webhookOf } from './benchWorkflows';
import type { N8nJob } from './benchWorkflows';
import { finishedExecution } from './executions';
import { procMemoryBytes } from './procStatus';

export interface N8nTiming {
	/** startedAt → stoppedAt of the saved execution: what n8n's execution list shows. */
	executionMs: number;
	/** Webhook call → response (the workflow answers after its last node). */
	roundTripMs: number;
}

/**
 * A real n8n 2.x with our packed package, the bench's workflows imported and published, started
 * as a server: executions are started by their webhooks, so n8n's own startup is not timed.
 */
export class BenchN8n {
	private server?: N8nServer;
	private api?: N8nRestClient;
	private ownerCreated = false;

	private constructor(
		private readonly session: N8nSession,
		private readonly workflowIds: string[],
	) {}

	/** `env`: extra environment for n8n, e.g. NODE_OPTIONS=--cpu-prof to profile it. */
	static async open(
		tarball: string,
		simulator: Simulator,
		diyPageSizes: number[],
		env: Record<string, string> = {},
	): Promise<BenchN8n> {
		const session = await N8nSession.open({ line: '2', tarballs: [tarball], env });
		try {
			await session.importCredentials([exploreCredential(simulator, BENCH_CREDENTIAL)]);
			const ids = await session.importWorkflows(benchWorkflows(simulator, diyPageSizes));
			return new BenchN8n(session, ids);
		} catch (error) {
			await session.close();
			throw error;
		}
	}

	/** `n8n start` (a fresh process), logged in, the bench workflows published. */
	async start(): Promise<void> {
		this.server = await this.session.start();
		this.api = new N8nRestClient(this.server, this.session.install);
		if (!this.ownerCreated) {
			await this.api.setupOwner();
			await this.api.login();
			for (const id of this.workflowIds) await publish(this.api, id);
			this.ownerCreated = true;
		} else {
			await this.api.login();
		}
	}

	async run(job: N8nJob): Promise<N8nTiming> {
		const { server, api } = this.running();
		const { workflowId, path } = webhookOf(job);
		const before = await api.listExecutions(workflowId);
		const roundTripMs = await callWebhook(`${server.url}/webhook/${path}`);
		const execution = await finishedExecution(api, workflowId, before[0]?.id);
		await api.request('POST', 'executions/delete', { ids: [execution.id] });
		return {
			executionMs:
				Date.parse(String(execution.stoppedAt)) - Date.parse(String(execution.startedAt)),
			roundTripMs,
		};
	}

	/** Peak resident set of the n8n process since it started, in bytes. */
	peakRssBytes(): number {
		return procMemoryBytes(this.running().server.pid, 'VmHWM');
	}

	async stop(): Promise<void> {
		await this.server?.stop();
		this.server = undefined;
		this.api = undefined;
	}

	async close(): Promise<void> {
		await this.session.close();
	}

	private running(): { server: N8nServer; api: N8nRestClient } {
		if (!this.server || !this.api) throw new Error('n8n is not started');
		return { server: this.server, api: this.api };
	}
}

/** Publishes the workflow's current version, as the editor's Publish button does. */
async function publish(api: N8nRestClient, workflowId: string): Promise<void> {
	const { versionId } = await api.request<{ versionId: string }>('GET', `workflows/${workflowId}`);
	await api.request('POST', `workflows/${workflowId}/activate`, { versionId });
}

/**
 * POSTs to a production webhook and returns how long the answer took, in milliseconds. A webhook
 * published a moment ago may not be registered yet: its 404 is retried for a few seconds.
 */
async function callWebhook(url: string, registrationWaitMs = 15_000): Promise<number> {
	const deadline = Date.now() + registrationWaitMs;
	for (;;) {
		const start = process.hrtime.bigint();
		const response = await fetch(url, { method: 'POST' });
		const body = await response.text();
		const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
		if (response.ok) return elapsedMs;
		if (response.status !== 404 || Date.now() > deadline) {
			throw new Error(`Webhook ${url} answered ${response.status}: ${body.slice(0, 300)}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}
