/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-hardcoded-secrets --
 * test code, never shipped; the keys and tokens below are fake */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes } from 'n8n-workflow';

import { exploreApiRequest } from '../nodes/Explore/transport';
import { CredentialStore, logsToText, runNode, runPoll } from './harness';
import { testNodeDescription } from './harness/testNodeDescription';

const CLIENT_KEY = 'client-key-1234';
const SECRET_KEY = 'secret-key-5678';

/** A tiny EXPLORE look-alike: Authentification hands out tokens, other routes want one. */
class FakeExplore {
	logins = 0;
	events: IDataObject[] = [];
	readonly seenAuthorizations: string[] = [];
	private readonly validTokens = new Set<string>();
	private server?: Server;

	get baseUrl(): string {
		return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/api/`;
	}

	async start(): Promise<void> {
		this.server = createServer((request, response) => void this.handle(request, response));
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
	}

	async stop(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise((resolve) => this.server?.close(resolve));
	}

	/** Simulates the 6-hour expiry: every token issued so far stops working. */
	revokeAllTokens(): void {
		this.validTokens.clear();
	}

	reset(): void {
		this.logins = 0;
		this.events = [];
		this.seenAuthorizations.length = 0;
		this.validTokens.clear();
	}

	private async handle(request: IncomingMessage, response: ServerResponse) {
		let body = '';
		for await (const chunk of request) body += String(chunk);
		const path = request.url?.replace(/^\/api\//, '').split('?')[0];
		const send = (status: number, payload: unknown) => {
			response.writeHead(status, { 'Content-Type': 'application/json' });
			response.end(JSON.stringify(payload));
		};
		if (path === 'Authentification') {
			const form = new URLSearchParams(body);
			if (form.get('CleClient') !== CLIENT_KEY || form.get('CleSecrete') !== SECRET_KEY) {
				return send(401, { Message: 'Invalid client key or secret key' });
			}
			this.logins += 1;
			const token = `token-${String(this.logins).padStart(6, '0')}`;
			this.validTokens.add(token);
			return send(200, token); // ASP.NET style: the token as a JSON string
		}
		const authorization = String(request.headers.authorization ?? '');
		this.seenAuthorizations.push(authorization);
		if (!this.validTokens.has(authorization.replace(/^Bearer /, ''))) {
			return send(401, { Message: 'Authorization has been denied for this request.' });
		}
		if (path === 'Data') return send(200, { ok: true });
		if (path === 'Events') return send(200, this.events);
		return send(404, { Message: 'No such route' });
	}
}

const explore = new FakeExplore();

beforeAll(async () => await explore.start());
afterAll(async () => await explore.stop());
beforeEach(() => explore.reset());

function keys(overrides: IDataObject = {}): ICredentialDataDecryptedObject {
	return {
		authentication: 'token',
		clientKey: CLIENT_KEY,
		secretKey: SECRET_KEY,
		baseUrl: explore.baseUrl,
		...overrides,
	};
}

/** Test-only action node: one authenticated POST per input item. */
class HarnessProbe implements INodeType {
	description: INodeTypeDescription = testNodeDescription('Harness Probe', 'harnessProbe', [{ displayName: 'Path', name: 'path', type: 'string', default: 'Data' }]);

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const { baseUrl } = await this.getCredentials<{ baseUrl: string }>('exploreApi');
		const items = this.getInputData();
		const returnData: INodeExecutionData[] = [];
		this.logger.debug('Harness probe running', { items: items.length });
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			try {
				const path = this.getNodeParameter('path', itemIndex) as string;
				const body = (await this.helpers.httpRequestWithAuthentication.call(
					this,
					'exploreApi',
					{ method: 'POST', url: `${baseUrl}${path}`, json: true },
					{ preAuthenticationRetryStatusCode: [401, 403] },
				)) as IDataObject;
				returnData.push({ json: body, pairedItem: { item: itemIndex } });
			} catch (error) {
				// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- already a NodeApiError
				if (!this.continueOnFail()) throw error;
				returnData.push({ json: { error: error.message }, pairedItem: { item: itemIndex } });
			}
		}
		return [returnData];
	}
}

/** Test-only node that goes through our real transport (exploreApiRequest). */
class TransportProbe implements INodeType {
	description: INodeTypeDescription = {
		...new HarnessProbe().description,
		displayName: 'Transport Probe',
		name: 'transportProbe',
		defaults: { name: 'Transport Probe' },
		usableAsTool: true,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const path = this.getNodeParameter('path', 0) as string;
		const body = await exploreApiRequest.call(this, { path }, 'probe data', new URLSearchParams());
		return [[{ json: body as IDataObject }]];
	}
}

/** Test-only credential with the generic (object) authenticate form. */
class HarnessHeaderApi implements ICredentialType {
	name = 'harnessHeaderApi';

	displayName = 'Harness Header API';

	properties: ICredentialType['properties'] = [
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
	];

	authenticate: ICredentialType['authenticate'] = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.token}}' } },
	};
}

class HeaderProbe implements INodeType {
	description: INodeTypeDescription = {
		...new HarnessProbe().description,
		displayName: 'Header Probe',
		name: 'headerProbe',
		defaults: { name: 'Header Probe' },
		usableAsTool: true,
		credentials: [{ name: 'harnessHeaderApi', required: true }],
		properties: [{ displayName: 'URL', name: 'url', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const body = (await this.helpers.httpRequestWithAuthentication.call(this, 'harnessHeaderApi', {
			method: 'POST',
			url: this.getNodeParameter('url', 0) as string,
			json: true,
		})) as IDataObject;
		return [[{ json: body }]];
	}
}

/** Test-only polling trigger: new events since the last id it saw, kept in static data. */
class HarnessPoller implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Harness Poller',
		name: 'harnessPoller',
		group: ['trigger'],
		version: 1,
		description: 'Test-only polling trigger for the harness',
		defaults: { name: 'Harness Poller' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'exploreApi', required: true }],
		properties: [],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const state = this.getWorkflowStaticData('node') as {
			lastId?: number;
			polls?: number;
			budget?: number | string;
		};
		const { baseUrl } = await this.getCredentials<{ baseUrl: string }>('exploreApi');
		const events = (await this.helpers.httpRequestWithAuthentication.call(this, 'exploreApi', {
			method: 'POST',
			url: `${baseUrl}Events`,
			json: true,
		})) as Array<{ id: number }>;
		const fresh = events.filter(({ id }) => id > (state.lastId ?? 0));
		state.polls = (state.polls ?? 0) + 1;
		state.budget = typeof this.getPollBudgetMs === 'function' ? this.getPollBudgetMs() : 'none';
		if (fresh.length > 0) state.lastId = Math.max(...fresh.map(({ id }) => id));
		return fresh.length > 0 ? [this.helpers.returnJsonArray(fresh)] : null;
	}
}

describe('runNode: execute() in a real n8n-core execution', () => {
	it('logs in once on the first run and caches the token in the credential', async () => {
		const run = await runNode(HarnessProbe, { credentials: keys() });

		expect(run.items).toEqual([[{ json: { ok: true }, pairedItem: { item: 0 } }]]);
		expect(run.preAuthenticationCalls).toBe(1);
		expect(run.credentialStore.preAuthenticationCalls).toEqual([
			{ type: 'exploreApi', credentialsExpired: false },
		]);
		expect(run.credentialStore.get('exploreApi').accessToken).toBe('token-000001');
		expect(explore.logins).toBe(1);
		expect(explore.seenAuthorizations).toEqual(['Bearer token-000001']);
	});

	it('reuses the cached token on the next run (no new login)', async () => {
		const first = await runNode(HarnessProbe, { credentials: keys() });
		const second = await runNode(HarnessProbe, {
			credentials: first.credentialStore,
			inputItems: [{ json: {} }, { json: {} }],
		});

		expect(second.items[0]).toHaveLength(2);
		expect(second.preAuthenticationCalls).toBe(0);
		expect(explore.logins).toBe(1);
		expect(explore.seenAuthorizations).toEqual(Array(3).fill('Bearer token-000001'));
	});

	it('renews a token EXPLORE revoked: one 401, one new login, then the call succeeds', async () => {
		const first = await runNode(HarnessProbe, { credentials: keys() });
		explore.revokeAllTokens();

		const second = await runNode(HarnessProbe, { credentials: first.credentialStore });

		expect(second.items).toEqual([[{ json: { ok: true }, pairedItem: { item: 0 } }]]);
		expect(second.preAuthenticationCalls).toBe(1);
		expect(second.credentialStore.preAuthenticationCalls.at(-1)).toEqual({
			type: 'exploreApi',
			credentialsExpired: true,
		});
		expect(second.credentialStore.get('exploreApi').accessToken).toBe('token-000002');
		expect(explore.seenAuthorizations).toEqual([
			'Bearer token-000001',
			'Bearer token-000001',
			'Bearer token-000002',
		]);
	});

	it('renews a pre-seeded expired token the same way', async () => {
		const store = new CredentialStore({ exploreApi: keys({ accessToken: 'expired-token-123' }) });

		const run = await runNode(HarnessProbe, { credentials: store });

		expect(run.items[0]).toHaveLength(1);
		expect(store.preAuthenticationCalls).toEqual([
			{ type: 'exploreApi', credentialsExpired: true },
		]);
		expect(store.get('exploreApi').accessToken).toBe('token-000001');
		expect(explore.seenAuthorizations).toEqual(['Bearer expired-token-123', 'Bearer token-000001']);
	});

	it('bad keys: NodeApiError with the reason in description and cause, keys not logged', async () => {
		const credentials = keys({ secretKey: 'wrong-secret-9999' });
		await expect(runNode(HarnessProbe, { credentials })).rejects.toThrow(NodeApiError);

		const run = await runNode(HarnessProbe, { credentials, throwOnError: false });
		expect(run.error).toBeInstanceOf(NodeApiError);
		// What n8n shows for a failed preAuthentication reached through the raw helper: NodeApiError
		// replaces the message of an error carrying httpCode 401 with its generic one.
		const error = run.error as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Authorization failed - please check your credentials');
		expect(error.description).toMatch(/Check the Client Key and Secret Key/);
		expect((error.cause as Error).message).toMatch(/refused the client key and secret key/);
		expect(run.credentialStore.get('exploreApi').accessToken ?? '').toBe('');
		expect(explore.logins).toBe(0);

		const logText = logsToText(run.logs);
		expect(logText).toContain('Harness probe running');
		expect(logText).not.toContain('wrong-secret-9999');
		expect(logText).not.toContain(CLIENT_KEY);
	});

	it('gives the clear login message when the call goes through our transport', async () => {
		const credentials = keys({ secretKey: 'wrong-secret-9999' });
		const run = await runNode(TransportProbe, { credentials, throwOnError: false });

		expect(run.error).toBeInstanceOf(NodeApiError);
		expect(run.error?.message).toMatch(/^EXPLORE refused the client key and secret key \(HTTP 401/);
		expect(logsToText(run.logs)).not.toContain('wrong-secret-9999');

		const ok = await runNode(TransportProbe, { credentials: keys() });
		expect(ok.items).toEqual([[{ json: { ok: true }, pairedItem: { item: 0 } }]]);
	});

	it('turns the error into an output item when On Error is "Continue"', async () => {
		const run = await runNode(HarnessProbe, {
			credentials: keys({ secretKey: 'wrong-secret-9999' }),
			continueOnFail: true,
		});

		expect(run.items[0][0].json.error).toBe('Authorization failed - please check your credentials');
	});

	it('applies a generic (object) authenticate with $credentials expressions', async () => {
		const login = await runNode(HarnessProbe, { credentials: keys() });
		const token = String(login.credentialStore.get('exploreApi').accessToken);

		const run = await runNode(HeaderProbe, {
			parameters: { url: `${explore.baseUrl}Data` },
			credentials: { token },
			credentialTypes: [new HarnessHeaderApi()],
		});

		expect(run.items[0][0].json).toEqual({ ok: true });
		expect(explore.seenAuthorizations.at(-1)).toBe(`Bearer ${token}`);
	});
});

describe('runPoll: poll() in n8n-core PollContext', () => {
	it('keeps static data between polls, and n8n saves it when the poll emits items', async () => {
		explore.events = [{ id: 1 }, { id: 2 }];
		const first = await runPoll(HarnessPoller, { credentials: keys() });

		expect(first.result).toEqual([[{ json: { id: 1 } }, { json: { id: 2 } }]]);
		expect(first.staticData).toMatchObject({ lastId: 2, polls: 1 });
		expect(first.persistedStaticData).toEqual(first.staticData);
		expect(first.preAuthenticationCalls).toBe(1);

		// A restart: n8n reloads what it saved, as JSON.
		explore.events.push({ id: 3 });
		const second = await runPoll(HarnessPoller, {
			credentials: first.credentialStore,
			staticData: JSON.parse(JSON.stringify(first.persistedStaticData)),
		});

		expect(second.result).toEqual([[{ json: { id: 3 } }]]);
		expect(second.staticData).toMatchObject({ lastId: 3, polls: 2 });
		expect(second.preAuthenticationCalls).toBe(0);
	});

	it('does not save static data after a scheduled poll that found nothing (memory only)', async () => {
		explore.events = [{ id: 1 }];
		const run = await runPoll(HarnessPoller, { credentials: keys(), staticData: { lastId: 1 } });

		expect(run.result).toBeNull();
		expect(run.staticData).toMatchObject({ lastId: 1, polls: 1 });
		expect(run.persistedStaticData).toBeUndefined();
	});

	it('saves static data after the activation poll even when it found nothing', async () => {
		const run = await runPoll(HarnessPoller, { credentials: keys(), activation: true });

		expect(run.result).toBeNull();
		expect(run.persistedStaticData).toMatchObject({ polls: 1 });
	});

	it('never saves the static data of a manual "Fetch test event"', async () => {
		explore.events = [{ id: 1 }, { id: 2 }];
		const run = await runPoll(HarnessPoller, {
			credentials: keys(),
			mode: 'manual',
			staticData: { lastId: 1 },
		});

		expect(run.result).toEqual([[{ json: { id: 2 } }]]);
		expect(run.staticData).toMatchObject({ lastId: 2 });
		expect(run.persistedStaticData).toBeUndefined();
	});

	it('exposes the real poll budget, an override, or none as on n8n 1.x', async () => {
		const real = await runPoll(HarnessPoller, { credentials: keys() });
		const store = real.credentialStore;
		const short = await runPoll(HarnessPoller, { credentials: store, pollBudgetMs: 36_000 });
		const legacy = await runPoll(HarnessPoller, { credentials: store, pollBudgetMs: null });
		const manual = await runPoll(HarnessPoller, { credentials: store, mode: 'manual' });

		expect(real.staticData.budget).toBe(300_000);
		expect(short.staticData.budget).toBe(36_000);
		expect(legacy.staticData.budget).toBe('none');
		expect(manual.staticData.budget).toBe(300_000);
	});

	it('rethrows the error of a scheduled poll (n8n records it as a failed execution)', async () => {
		const credentials = keys({ secretKey: 'wrong-secret-9999' });
		await expect(runPoll(HarnessPoller, { credentials })).rejects.toThrow(NodeApiError);

		const run = await runPoll(HarnessPoller, { credentials, throwOnError: false });
		expect(run.error?.message).toBe('Authorization failed - please check your credentials');
		expect(run.persistedStaticData).toBeUndefined();
		expect(logsToText(run.logs)).not.toContain('wrong-secret-9999');
	});
});
