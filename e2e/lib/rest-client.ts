/* eslint-disable */
// n8n's internal REST API (/rest/...) as the editor uses it: owner setup, login, executions.
import { createRequire } from 'module';
import { N8nInstall } from './install-n8n';
import { N8nServer } from './n8n-server';

export const E2E_OWNER = {
	email: 'owner@e2e.invalid',
	firstName: 'E2E',
	lastName: 'Owner',
	password: 'E2e-Passw0rd!',
};

/** Sent on every request: n8n binds the auth cookie to this header. */
const BROWSER_ID = 'n8n-nodes-explore-e2e';

export interface ExecutionSummary {
	id: string;
	workflowId: string;
	status: string;
	mode: string;
	finished?: boolean;
	startedAt?: string;
	stoppedAt?: string;
	[key: string]: unknown;
}

export class N8nRestError extends Error {
	constructor(
		message: string,
		readonly status: number,
		readonly body: string,
		serverLogTail: string,
	) {
		super(
			`${message}: HTTP ${status} ${body.slice(0, 500)}\n--- n8n log tail ---\n${serverLogTail}`,
		);
		this.name = 'N8nRestError';
	}
}

export class N8nRestClient {
	private cookie = '';

	constructor(
		readonly server: N8nServer,
		private readonly install: N8nInstall,
	) {}

	/** JSON request to /rest/<path>; returns the `data` field of n8n's `{ data }` envelope. */
	async request<T = any>(method: string, restPath: string, body?: unknown): Promise<T> {
		return this.send<T>(method, `rest/${restPath.replace(/^\//, '')}`, body);
	}

	/**
	 * GET of a path outside /rest that needs the login, such as the editor's
	 * `types/nodes.json` and `types/credentials.json` (every node and credential type loaded).
	 */
	async getAuthenticated<T = any>(path: string): Promise<T> {
		return this.send<T>('GET', path.replace(/^\//, ''));
	}

	private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.server.url}/${path}`, {
			method,
			headers: {
				'content-type': 'application/json',
				'browser-id': BROWSER_ID,
				...(this.cookie ? { cookie: this.cookie } : {}),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = response.headers.get('set-cookie');
		const auth = setCookie?.match(/n8n-auth=[^;]*/);
		if (auth) this.cookie = auth[0];
		const text = await response.text();
		if (!response.ok)
			throw new N8nRestError(`${method} /${path}`, response.status, text, this.server.logTail(30));
		const parsed = text ? JSON.parse(text) : undefined;
		return (parsed && typeof parsed === 'object' && 'data' in parsed ? parsed.data : parsed) as T;
	}

	async setupOwner(owner = E2E_OWNER): Promise<void> {
		await this.request('POST', 'owner/setup', owner);
	}

	async login(owner = E2E_OWNER): Promise<void> {
		await this.request('POST', 'login', {
			emailOrLdapLoginId: owner.email,
			password: owner.password,
		});
	}

	/** Executions (newest first), optionally of one workflow. */
	async listExecutions(workflowId?: string): Promise<ExecutionSummary[]> {
		const filter = workflowId
			? `&filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`
			: '';
		const page = await this.request<{ results: ExecutionSummary[] }>(
			'GET',
			`executions?limit=100${filter}`,
		);
		return page.results;
	}

	/** One execution with its run data decoded (n8n stores it "flatted"). */
	async getExecution(id: string): Promise<ExecutionSummary & { data: any }> {
		const execution = await this.request('GET', `executions/${id}`);
		if (typeof execution.data === 'string') {
			const flatted = createRequire(this.install.n8nBin)('flatted');
			execution.data = flatted.parse(execution.data);
		}
		return execution;
	}

	/**
	 * Polls until the workflow has at least `count` executions that are no longer running
	 * (e.g. a poll trigger firing after `n8n start`), then returns them, newest first.
	 */
	async waitForExecutions(
		workflowId: string,
		{ count = 1, timeoutMs = 90000, intervalMs = 1000 } = {},
	): Promise<ExecutionSummary[]> {
		const deadline = Date.now() + timeoutMs;
		let done: ExecutionSummary[] = [];
		while (Date.now() < deadline) {
			done = (await this.listExecutions(workflowId)).filter(
				(e) => !['new', 'running', 'waiting'].includes(e.status),
			);
			if (done.length >= count) return done;
			await new Promise((resolve) => setTimeout(resolve, intervalMs));
		}
		throw new Error(
			`Timed out after ${timeoutMs} ms waiting for ${count} execution(s) of workflow ${workflowId} (have ${done.length})\n` +
				`--- n8n log tail ---\n${this.server.logTail(40)}`,
		);
	}
}

/** Creates the instance owner on a fresh user folder and logs in; returns an authenticated client. */
export async function ownerSetupAndLogin(
	server: N8nServer,
	install: N8nInstall,
	owner = E2E_OWNER,
): Promise<N8nRestClient> {
	const client = new N8nRestClient(server, install);
	await client.setupOwner(owner);
	await client.login(owner);
	return client;
}
