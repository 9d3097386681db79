/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- fake keys, only for this test */
import nock from 'nock';

import { Explore } from '../../nodes/Explore/Explore.node';
import { logsToText, runNode } from '../harness';

const sleeps: number[] = [];
jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: async (ms: number) => {
		sleeps.push(ms);
	},
}));

const BASE = 'https://extranet.example.fr';
const SECRETS = { clientKey: 'client-KEY-1234', secretKey: 'secret-KEY-5678' };
const TOKEN = 'token-abcdef-123456';
const credentials = {
	authentication: 'token',
	...SECRETS,
	baseUrl: `${BASE}/ExploreAPI/api/`,
	accessToken: '',
	loginFieldNames: 'CleClient,CleSecrete',
};

const project = (id: number) => ({
	ID_PROJET: String(id),
	TITRE: `Projet ${id}`,
	ACTION: { EMAIL_TAG: 'a@example.com' },
});
const page = (from: number, count: number, total: number) => ({
	PROJETS: Array.from({ length: count }, (_, i) => project(from + i)),
	TOTAL: total,
});
const params = (body: string) => Object.fromEntries(new URLSearchParams(body));

function api() {
	return nock(BASE).matchHeader('accept', 'application/json');
}
function login(times = 1) {
	return api()
		.post(
			'/ExploreAPI/api/Authentification',
			(body) => body.CleClient === SECRETS.clientKey && body.CleSecrete === SECRETS.secretKey,
		)
		.times(times)
		.reply(200, JSON.stringify(TOKEN));
}

const returnAll = {
	resource: 'project',
	operation: 'getAll',
	returnAll: true,
	options: { pageSize: 2 },
};
const run = async (parameters: object = returnAll) =>
	await runNode(Explore, { parameters: parameters as never, credentials, throwOnError: false });

function expectNoSecret(...texts: unknown[]) {
	const all = texts
		.map((text) => (typeof text === 'string' ? text : JSON.stringify(text)))
		.join('\n');
	for (const secret of [...Object.values(SECRETS), TOKEN]) expect(all).not.toContain(secret);
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
	nock.cleanAll();
	sleeps.length = 0;
});
afterAll(() => nock.enableNetConnect());

describe('transport', () => {
	it('sends form-urlencoded POSTs with the Bearer token and the paging fields', async () => {
		login();
		const seen: Array<Record<string, string>> = [];
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.matchHeader('content-type', 'application/x-www-form-urlencoded')
			.times(3)
			.reply(200, (_uri, body) => {
				const form = params(body as string);
				seen.push(form);
				const offset = Number(form.Page);
				return page(offset, Math.max(0, Math.min(2, 5 - offset)), 5);
			});
		const { items, error } = await run();
		expect(error).toBeUndefined();
		expect(items[0].map((i) => i.json.id)).toEqual(['0', '1', '2', '3', '4']);
		expect(seen.map((f) => [f.Page, f.Max])).toEqual([
			['0', '2'],
			['2', '2'],
			['4', '2'],
		]);
	});

	it('renews an expired token mid-pagination, once, and returns a complete result', async () => {
		login(2);
		const projets = api().post('/ExploreAPI/api/CRMAlertes/Projets');
		projets.reply(200, page(0, 2, 4));
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.reply(401, { Message: 'Authorization has been denied for this request.' });
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.reply(200, page(2, 2, 4));
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.reply(200, page(4, 0, 4));
		const { items, preAuthenticationCalls, error } = await run();
		expect(error).toBeUndefined();
		expect(preAuthenticationCalls).toBe(2);
		expect(items[0].map((i) => i.json.id)).toEqual(['0', '1', '2', '3']);
	});

	it('waits as Retry-After says on 429, then carries on without losing or repeating a page', async () => {
		login();
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.reply(200, page(0, 2, 3));
		api().post('/ExploreAPI/api/CRMAlertes/Projets').reply(429, '', { 'Retry-After': '7' });
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.reply(200, page(2, 1, 3));
		const { items, error } = await run();
		expect(error).toBeUndefined();
		expect(sleeps).toEqual([7000]);
		expect(items[0].map((i) => i.json.id)).toEqual(['0', '1', '2']);
	});

	it('backs off exponentially on 5xx and network errors', async () => {
		login();
		api().post('/ExploreAPI/api/CRMAlertes/Projets').reply(502, 'Bad gateway');
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
		api().post('/ExploreAPI/api/CRMAlertes/Projets').reply(503, '');
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.reply(200, page(0, 1, 1));
		const { items, error } = await run();
		expect(error).toBeUndefined();
		expect(items[0]).toHaveLength(1);
		expect(sleeps).toHaveLength(3);
		expect(sleeps[0]).toBeGreaterThanOrEqual(500);
		expect(sleeps[0]).toBeLessThanOrEqual(1000);
		expect(sleeps[2]).toBeGreaterThanOrEqual(2000);
		expect(sleeps[2]).toBeLessThanOrEqual(4000);
	});

	it('gives up with a clear error when Retry-After is longer than the allowed wait', async () => {
		login();
		api().post('/ExploreAPI/api/CRMAlertes/Projets').reply(429, '', { 'Retry-After': '3600' });
		const { error } = await run();
		expect(sleeps).toEqual([]);
		expect(error?.message).toBe(
			'EXPLORE is limiting the request rate (HTTP 429); it asked to wait 3600 s',
		);
		expect((error as { description?: string }).description).toMatch(/less often/);
	});

	it('gives up after the last retry with the status and the API message', async () => {
		login();
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.times(5)
			.reply(500, { Message: 'An error has occurred.' });
		const { error } = await run();
		expect(error?.message).toBe(
			'EXPLORE failed to answer for projects flagged in EXPLORE (HTTP 500) after 5 attempts: An error has occurred.',
		);
		expect(sleeps).toHaveLength(4);
	});

	it.each([
		[
			400,
			{ Message: 'La date est invalide.' },
			/rejected the request .*HTTP 400.*La date est invalide/,
			/dates must be valid/,
		],
		[403, { Message: 'Accès refusé' }, /denied access .*HTTP 403/, /subscription/],
		[404, '<html>Not found</html>', /no service .* \(HTTP 404\)/, /Base URL/],
	])('explains HTTP %i and how to fix it', async (status, body, message, description) => {
		login(status === 403 ? 2 : 1);
		api().post('/ExploreAPI/api/CRMAlertes/Projets').times(2).reply(status, body);
		const { error } = await run();
		expect(error?.message).toMatch(message);
		expect((error as { description?: string }).description).toMatch(description);
	});

	it.each([
		[
			'an HTML page with status 200',
			'<!DOCTYPE html><html><body>Maintenance</body></html>',
			/not JSON: <!DOCTYPE html>/,
		],
		['malformed JSON', '{"PROJETS": [', /not JSON/],
		[
			'an envelope without its list',
			'{"Message":"ok","TOTAL":3}',
			/unexpected shape: The answer has no "PROJETS" list \(found: Message, TOTAL\)/,
		],
	])('refuses %s with a clear error', async (_name, body, message) => {
		login();
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.reply(200, body, { 'Content-Type': 'text/html' });
		const { error } = await run();
		expect(error?.message).toMatch(message);
	});

	it('stops with a clear error when the API ignores the offset', async () => {
		login();
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.times(2)
			.reply(200, page(0, 2, 10));
		const { error } = await run();
		expect(error?.message).toMatch(/stopped paging .* only repeated records already received/);
	});

	it('reports a timeout with the configured wait', async () => {
		login();
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.times(5)
			.delay(1500)
			.reply(200, page(0, 1, 1));
		const { error } = await run({ ...returnAll, options: { timeout: 1 } });
		expect(error?.message).toMatch(/did not answer within 1 s/);
	}, 20_000);

	it('keeps every secret out of errors and logs, whatever fails', async () => {
		api().post('/ExploreAPI/api/Authentification').reply(200, JSON.stringify(TOKEN));
		api()
			.post('/ExploreAPI/api/CRMAlertes/Projets')
			.times(5)
			.reply(500, { Message: `echo ${SECRETS.secretKey} ${TOKEN}` });
		const failed = await run();
		expect(failed.error).toBeDefined();
		expectNoSecret(
			failed.error?.message,
			(failed.error as { description?: string }).description,
			failed.error,
			logsToText(failed.logs),
		);

		api()
			.post('/ExploreAPI/api/Authentification')
			.reply(401, { Message: `bad key ${SECRETS.clientKey}` });
		const refused = await run();
		expect(refused.error?.message).toMatch(/refused the client key and secret key/);
		expectNoSecret(refused.error?.message, refused.error, logsToText(refused.logs));
	});
});
