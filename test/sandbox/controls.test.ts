import { EXPLORE_ENDPOINTS } from '../../nodes/Explore/endpoints';
import { control, fetchPage, FORM, login, postForm, useSimulator } from './simulatorHarness';
import type { Json } from './simulatorHarness';

describe('simulator control API', () => {
	const simulator = useSimulator({ records: 25, clockStart: '2025-04-01T08:00:00Z' });

	afterEach(() => simulator().reset());

	it('describes itself at /__sim/ and at the root', async () => {
		const { status, body } = await control(simulator(), 'GET', '');
		expect(status).toBe(200);
		expect(body).toMatchObject({
			url: simulator().url,
			baseUrl: `${simulator().url}/ExploreAPI/api/`,
			loginUrl: `${simulator().url}/ExploreAPI/api/Authentification`,
			clientKey: 'demo-client-key',
			clientKeyField: 'CleClient',
		});
		expect(body.endpoints.map((endpoint: Json) => endpoint.path)).toEqual(
			EXPLORE_ENDPOINTS.map((endpoint) => endpoint.path),
		);
		expect(await (await fetch(`${simulator().url}/`)).json()).toMatchObject({
			url: simulator().url,
		});
	});

	it('logs API requests with their search parameters, and clears the log', async () => {
		await fetchPage(simulator(), 'CRMAlertes/Projets', {
			DateDebut: '2025-03-01',
			Page: 5,
			Max: 3,
		});
		await postForm(`${simulator().baseUrl}CRMAlertes/Nope`, {});
		const { body: log } = await control(simulator(), 'GET', 'requests');
		expect(log).toEqual([
			{
				time: expect.any(String),
				method: 'POST',
				path: '/ExploreAPI/api/CRMAlertes/Projets',
				status: 200,
				login: false,
				endpoint: 'CRMAlertes/Projets',
				auth: 'bearer',
				params: { DateDebut: '2025-03-01', Page: '5', Max: '3' },
				durationMs: expect.any(Number),
			},
			expect.objectContaining({ path: '/ExploreAPI/api/CRMAlertes/Nope', status: 404 }),
		]);
		expect(Date.parse(log[0].time) - Date.parse('2025-04-01T08:00:00Z')).toBeLessThan(60_000);
		await control(simulator(), 'DELETE', 'requests');
		expect((await control(simulator(), 'GET', 'requests')).body).toEqual([]);
		expect((await control(simulator(), 'GET', 'stats')).body.requests).toBe(0);
	});

	it('counts requests by kind, status and endpoint', async () => {
		await login(simulator());
		await fetchPage(simulator(), 'CRMAlertes/Alertes');
		await fetchPage(simulator(), 'CRMAlertes/Alertes', {}, 'bad-token');
		await fetchPage(simulator(), 'CRMAlertes/Societes', { Max: 0 });
		await fetch(`${simulator().url}/unknown`);
		const { body } = await control(simulator(), 'GET', 'stats');
		expect(body).toEqual({
			requests: 5,
			logins: 1,
			tokensIssued: 1,
			dataRequests: 3,
			otherRequests: 1,
			faultsInjected: 0,
			byStatus: { 200: 2, 400: 1, 401: 1, 404: 1 },
			byEndpoint: { 'CRMAlertes/Alertes': 2, 'CRMAlertes/Societes': 1 },
		});
	});

	it('sets and advances the clock', async () => {
		const set = await control(simulator(), 'POST', 'clock', { now: '2025-05-01T10:00:00Z' });
		expect(Date.parse(set.body.now) - Date.parse('2025-05-01T10:00:00Z')).toBeLessThan(1000);
		const advanced = await control(simulator(), 'POST', 'clock', { advanceMs: 3_600_000 });
		expect(Date.parse(advanced.body.now) - Date.parse('2025-05-01T11:00:00Z')).toBeLessThan(1000);
		expect((await control(simulator(), 'GET', 'clock')).body.now.slice(0, 13)).toBe(
			'2025-05-01T11',
		);
		expect((await control(simulator(), 'POST', 'clock', { now: 'tomorrow' })).status).toBe(400);
	});

	it('changes the configuration, rebuilding the records when their count changes', async () => {
		const { body } = await control(simulator(), 'POST', 'config', { maxPageSize: 3, records: 7 });
		expect(body).toMatchObject({ maxPageSize: 3, records: 7, tokenTtlSeconds: 21600 });
		const page = await fetchPage(simulator(), 'CRMAlertes/Projets', { Max: 10 });
		expect(page.body).toMatchObject({ TOTAL: 7, NOMBRE_RESULTATS: 3 });
		expect((await control(simulator(), 'GET', 'config')).body.records).toBe(7);
		expect((await control(simulator(), 'POST', 'config', { colour: 'blue' })).status).toBe(400);
		expect((await control(simulator(), 'POST', 'config', { maxPageSize: 0 })).status).toBe(400);
		expect(
			(await control(simulator(), 'POST', 'config', { tokenResponseStyle: 'xml' })).status,
		).toBe(400);
	});

	it('revokes tokens over HTTP', async () => {
		const token = await login(simulator());
		expect((await control(simulator(), 'POST', 'tokens/revoke')).body).toEqual({ revoked: 1 });
		expect((await fetchPage(simulator(), 'CRMAlertes/Projets', {}, token)).status).toBe(401);
	});

	it('keeps what example workflows post to a sink, by name, until cleared', async () => {
		await control(simulator(), 'POST', 'sink/hubspot', { name: 'Réhabilitation', amount: 12 });
		await postForm(`${simulator().controlUrl}sink/hubspot`, { id: '42' });
		await fetch(`${simulator().controlUrl}sink/slack`, { method: 'POST', body: 'plain text' });
		await fetch(`${simulator().controlUrl}sink/curl`, {
			method: 'POST',
			headers: { 'Content-Type': FORM },
			body: '{"sentBy":"curl -d"}',
		});
		expect(simulator().sink('curl')).toEqual([{ sentBy: 'curl -d' }]);
		expect((await control(simulator(), 'GET', 'sink/hubspot')).body).toEqual([
			{ name: 'Réhabilitation', amount: 12 },
			{ id: '42' },
		]);
		expect(simulator().sink('slack')).toEqual(['plain text']);
		await control(simulator(), 'DELETE', 'sink/hubspot');
		expect((await control(simulator(), 'GET', 'sink/hubspot')).body).toEqual([]);
		expect(simulator().sink('slack')).toHaveLength(1);
	});

	it('signs a query for today over HTTP', async () => {
		const { body } = await control(simulator(), 'POST', 'sign', {
			DateDebut: '2025-03-01',
			Max: '2',
		});
		expect(body).toEqual({ CleClient: 'demo-client-key', Signature: expect.any(String) });
		const response = await postForm(`${simulator().baseUrl}CRMAlertes/Societes`, body);
		expect(await response.json()).toMatchObject({ NOMBRE_RESULTATS: 2 });
	});

	it('accepts control bodies without a JSON content type', async () => {
		const response = await fetch(`${simulator().controlUrl}flag`, {
			method: 'POST',
			headers: { 'Content-Type': FORM },
			body: JSON.stringify({ endpoint: 'projectFlagged' }),
		});
		expect(response.status).toBe(200);
	});
});
