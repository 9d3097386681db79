import { startSimulator } from '../../sandbox/server';
import { fetchPage, login, postForm, useSimulator } from './simulatorHarness';

const DENIED = 'Authorization has been denied for this request.';

describe('simulator authentication', () => {
	const simulator = useSimulator({ tokenTtlSeconds: 3600 });

	afterEach(() => simulator().reset());

	it('issues a token for the right keys, as an ASP.NET JSON string by default', async () => {
		const response = await postForm(`${simulator().baseUrl}Authentification`, {
			CleClient: 'demo-client-key',
			CleSecrete: 'demo-secret-key',
		});
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		const body = await response.text();
		expect(body).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
		const page = await fetchPage(simulator(), 'CRMAlertes/Projets', { Max: 1 }, JSON.parse(body));
		expect(page.status).toBe(200);
	});

	it.each([
		['a wrong secret', { CleClient: 'demo-client-key', CleSecrete: 'nope' }],
		['a wrong client key', { CleClient: 'nope', CleSecrete: 'demo-secret-key' }],
		['missing keys', {}],
	])('answers 401 with a Message for %s', async (_case, fields) => {
		const response = await postForm(`${simulator().baseUrl}Authentification`, fields);
		expect(response.status).toBe(401);
		expect(await response.json()).toEqual({ Message: expect.any(String) });
	});

	it('accepts the field names in any case, like ASP.NET binding', async () => {
		const response = await postForm(`${simulator().baseUrl}authentification`, {
			cleclient: 'demo-client-key',
			CLESECRETE: 'demo-secret-key',
		});
		expect(response.status).toBe(200);
	});

	it('refuses data requests without a token or with an unknown one', async () => {
		const anonymous = await postForm(`${simulator().baseUrl}CRMAlertes/Projets`, {});
		expect(anonymous.status).toBe(401);
		expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
		expect(await anonymous.json()).toEqual({ Message: DENIED });
		const unknown = await fetchPage(simulator(), 'CRMAlertes/Projets', {}, 'not-a-token');
		expect(unknown).toMatchObject({ status: 401, body: { Message: DENIED } });
	});

	it('expires tokens after tokenTtlSeconds of simulator time', async () => {
		const token = await login(simulator());
		simulator().advanceClock(3599 * 1000);
		expect((await fetchPage(simulator(), 'CRMAlertes/Societes', {}, token)).status).toBe(200);
		simulator().advanceClock(2 * 1000);
		const expired = await fetchPage(simulator(), 'CRMAlertes/Societes', {}, token);
		expect(expired).toMatchObject({ status: 401, body: { Message: DENIED } });
		const fresh = await login(simulator());
		expect((await fetchPage(simulator(), 'CRMAlertes/Societes', {}, fresh)).status).toBe(200);
	});

	it('uses a changed token lifetime for the tokens issued after the change', async () => {
		simulator().configure({ tokenTtlSeconds: 60 });
		const token = await login(simulator());
		simulator().advanceClock(61 * 1000);
		expect((await fetchPage(simulator(), 'CRMAlertes/Alertes', {}, token)).status).toBe(401);
	});

	it('revokes every issued token until the next login', async () => {
		const first = await login(simulator());
		const second = await login(simulator());
		expect(simulator().revokeTokens()).toEqual({ revoked: 2 });
		for (const token of [first, second]) {
			expect((await fetchPage(simulator(), 'CRMAlertes/Projets', {}, token)).status).toBe(401);
		}
		const fresh = await login(simulator());
		expect((await fetchPage(simulator(), 'CRMAlertes/Projets', {}, fresh)).status).toBe(200);
	});

	it('matches API paths regardless of case, as IIS does', async () => {
		const token = await login(simulator());
		const response = await postForm(
			`${simulator().url}/exploreapi/api/CRMAlertes/Alertes`,
			{ Max: 1 },
			{ Authorization: `bearer ${token}` },
		);
		expect(response.status).toBe(200);
	});

	it('counts logins in the stats and never logs the keys or the token', async () => {
		simulator().clearRequests();
		const token = await login(simulator());
		await fetchPage(simulator(), 'CRMAlertes/Projets', { Max: 2 }, token);
		expect(simulator().stats()).toMatchObject({ logins: 1, dataRequests: 1 });
		const log = JSON.stringify(simulator().requests());
		expect(log).not.toContain('demo-secret-key');
		expect(log).not.toContain('demo-client-key');
		expect(log).not.toContain(token);
		expect(simulator().requests()[0]).toMatchObject({
			login: true,
			status: 200,
			fieldNames: ['CleClient', 'CleSecrete'],
		});
	});
});

describe('simulator token response styles and field names', () => {
	it.each([
		['raw', 'text/plain', (body: string) => body],
		['object', 'application/json', (body: string) => JSON.parse(body).token],
		['jsonString', 'application/json', (body: string) => JSON.parse(body)],
	] as const)('answers the %s style', async (style, contentType, readToken) => {
		const simulator = await startSimulator({ tokenResponseStyle: style });
		try {
			const response = await postForm(`${simulator.baseUrl}Authentification`, {
				CleClient: 'demo-client-key',
				CleSecrete: 'demo-secret-key',
			});
			expect(response.headers.get('content-type')).toContain(contentType);
			const token = readToken(await response.text());
			expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
			expect((await fetchPage(simulator, 'CRMAlertes/Projets', {}, token)).status).toBe(200);
		} finally {
			await simulator.stop();
		}
	});

	it('takes other keys and field names as options', async () => {
		const simulator = await startSimulator({
			clientKey: 'k1',
			secretKey: 's1',
			clientKeyField: 'ClientId',
			secretKeyField: 'ClientSecret',
		});
		try {
			const url = `${simulator.baseUrl}Authentification`;
			expect((await postForm(url, { ClientId: 'k1', ClientSecret: 's1' })).status).toBe(200);
			expect((await postForm(url, { CleClient: 'k1', CleSecrete: 's1' })).status).toBe(401);
		} finally {
			await simulator.stop();
		}
	});
});
