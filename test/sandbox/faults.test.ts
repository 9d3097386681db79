/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a development tool run by Node, never shipped in the n8n package */
import { startSimulator } from '../../sandbox/server';
import { control, fetchPage, login, postForm, useSimulator } from './simulatorHarness';
import type { Json } from './simulatorHarness';

const PATH = 'CRMAlertes/Projets';
const NO_SWITCHES = {
	ignoreMax: false,
	ignorePage: false,
	dayOnlyDates: false,
	loginGarbage: false,
	sparseFields: false,
	oddDates: false,
	longValues: false,
};

describe('simulator fault switches', () => {
	const simulator = useSimulator({ records: 30, clockStart: '2025-05-20T09:00:00Z' });

	afterEach(() => simulator().reset());

	const rawPage = (parameters: Record<string, string | number> = {}) =>
		postForm(`${simulator().baseUrl}${PATH}`, parameters, {
			Authorization: `Bearer ${simulator().issueToken()}`,
		});

	it('answers 429 with Retry-After for the next N data requests, then recovers', async () => {
		simulator().addFault({ kind: 'status', status: 429, retryAfterSeconds: 7, count: 2 });
		for (let attempt = 0; attempt < 2; attempt++) {
			const response = await rawPage();
			expect(response.status).toBe(429);
			expect(response.headers.get('retry-after')).toBe('7');
			expect(await response.json()).toEqual({ Message: expect.any(String) });
		}
		expect((await rawPage()).status).toBe(200);
		expect(simulator().faults().pending).toEqual([]);
	});

	it('answers 429 without Retry-After when none is given', async () => {
		simulator().addFault({ kind: 'status', status: 429 });
		const response = await rawPage();
		expect(response.status).toBe(429);
		expect(response.headers.get('retry-after')).toBeNull();
	});

	it.each([500, 502, 503])('answers %i once', async (status) => {
		simulator().addFault({ kind: 'status', status });
		const failed = await rawPage();
		expect(failed.status).toBe(status);
		expect(failed.headers.get('content-type')).toMatch(status === 500 ? /json/ : /html/);
		expect((await rawPage()).status).toBe(200);
	});

	it('targets logins only, data only, or any request', async () => {
		simulator().addFault({ kind: 'status', status: 503, target: 'login' });
		expect((await rawPage()).status).toBe(200);
		await expect(login(simulator())).rejects.toThrow('503');
		simulator().addFault({ kind: 'status', status: 500, target: 'any', count: 2 });
		await expect(login(simulator())).rejects.toThrow('500');
		expect((await rawPage()).status).toBe(500);
		expect((await rawPage()).status).toBe(200);
	});

	it('delays an answer by delayMs', async () => {
		simulator().addFault({ kind: 'delay', delayMs: 300 });
		const started = Date.now();
		const response = await rawPage();
		expect(response.status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(280);
	});

	it('drops the connection in the middle of the body', async () => {
		simulator().addFault({ kind: 'reset' });
		await expect(rawPage().then((response) => response.text())).rejects.toThrow();
		expect((await rawPage()).status).toBe(200);
		expect(simulator().requests()[0].fault).toBe('reset');
	});

	it('answers malformed JSON with status 200', async () => {
		simulator().addFault({ kind: 'malformedJson' });
		const response = await rawPage();
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/json/);
		const text = await response.text();
		expect(() => JSON.parse(text)).toThrow();
	});

	it('answers an HTML error page with status 200', async () => {
		simulator().addFault({ kind: 'htmlError' });
		const response = await rawPage();
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/text\/html/);
		expect(await response.text()).toMatch(/^<!DOCTYPE html>/);
	});

	it('leaves the list key out of the envelope', async () => {
		simulator().addFault({ kind: 'missingListKey' });
		const { status, body } = await fetchPage(simulator(), PATH);
		expect(status).toBe(200);
		expect(body).toEqual({ TOTAL: 30, NOMBRE_RESULTATS: 30, NOMBRE_PAGES: 1, PAGE: 1 });
	});

	it.each([5, -4])('lies about TOTAL by %i', async (totalDelta) => {
		simulator().addFault({ kind: 'lyingTotal', totalDelta });
		const { body } = await fetchPage(simulator(), PATH);
		expect(body.TOTAL).toBe(30 + totalDelta);
		expect(body.PROJETS).toHaveLength(30);
	});

	it('ignores Max while ignoreMax is on', async () => {
		simulator().setSwitches({ ignoreMax: true });
		const { body } = await fetchPage(simulator(), PATH, { Max: 5, Page: 4 });
		expect(body.PROJETS).toHaveLength(26);
		simulator().setSwitches({ ignoreMax: false });
		expect((await fetchPage(simulator(), PATH, { Max: 5 })).body.PROJETS).toHaveLength(5);
	});

	it('always answers the first page while ignorePage is on', async () => {
		const first = (await fetchPage(simulator(), PATH, { Max: 5 })).body.PROJETS;
		simulator().setSwitches({ ignorePage: true });
		const { body } = await fetchPage(simulator(), PATH, { Max: 5, Page: 10 });
		expect(body.PROJETS).toEqual(first);
		expect(body.PAGE).toBe(1);
	});

	it('compares DateDebut and DateFin by day only while dayOnlyDates is on', async () => {
		const all = (await fetchPage(simulator(), PATH, { Max: 100 })).body.PROJETS;
		const flaggedAt: string = all[10].ACTION.DATE_TAG;
		const day = flaggedAt.slice(0, 10);
		const sameDay = all.filter((project: Json) => project.ACTION.DATE_TAG.startsWith(day));
		const window = { DateDebut: `${day}T23:59:59`, DateFin: `${day}T00:00:00` };
		expect((await fetchPage(simulator(), PATH, window)).body.TOTAL).toBe(0);
		simulator().setSwitches({ dayOnlyDates: true });
		expect((await fetchPage(simulator(), PATH, window)).body.TOTAL).toBe(sameDay.length);
	});

	it.each([
		['html', /text\/html/, '<!DOCTYPE html>'],
		['empty', /json/, ''],
		['object', /json/, '{"Succes":true,"Message":null}'],
	] as const)(
		'answers the login with %s garbage while loginGarbage is on',
		async (style, type, body) => {
			simulator().setSwitches({ loginGarbage: style });
			const response = await postForm(`${simulator().baseUrl}Authentification`, {
				CleClient: 'demo-client-key',
				CleSecrete: 'demo-secret-key',
			});
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toMatch(type);
			expect((await response.text()).startsWith(body)).toBe(true);
		},
	);

	it('switches faults on and off over HTTP, and DELETE clears them all', async () => {
		const added = await control(simulator(), 'POST', 'faults', {
			faults: [{ kind: 'status', status: 502, count: 3 }],
			switches: { ignorePage: true },
		});
		expect(added.status).toBe(200);
		expect(added.body).toEqual({
			pending: [{ kind: 'status', status: 502, count: 3, target: 'data' }],
			switches: { ...NO_SWITCHES, ignorePage: true },
		});
		expect((await rawPage()).status).toBe(502);
		expect((await control(simulator(), 'GET', 'faults')).body.pending[0].count).toBe(2);
		await control(simulator(), 'DELETE', 'faults');
		expect((await rawPage()).status).toBe(200);
		expect(simulator().faults().switches.ignorePage).toBe(false);
		expect(simulator().stats().faultsInjected).toBe(1);
	});

	it.each([
		[{ kind: 'explode' }],
		[{ kind: 'status', status: 200 }],
		[{ kind: 'status', count: 0 }],
		[{ kind: 'delay', target: 'everything' }],
		[{ switches: { ignoreMax: 'yes' } }],
		[{ switches: { unknownSwitch: true } }],
	])('refuses the fault %j with 400', async (request) => {
		const { status, body } = await control(simulator(), 'POST', 'faults', request);
		expect(status).toBe(400);
		expect(body.Message).toEqual(expect.any(String));
	});
});

describe('simulator fault requests', () => {
	const simulator = useSimulator({ records: 5 });

	it('applies nothing when one part of a fault request is invalid', async () => {
		const { status } = await control(simulator(), 'POST', 'faults', {
			faults: [{ kind: 'status', status: 503 }, { kind: 'explode' }],
			switches: { ignoreMax: true },
		});
		expect(status).toBe(400);
		expect(simulator().faults()).toEqual({
			pending: [],
			switches: NO_SWITCHES,
		});
	});

	it('accepts a single fault spec as the whole body', async () => {
		const { body } = await control(simulator(), 'POST', 'faults', { kind: 'delay', delayMs: 5 });
		expect(body.pending).toEqual([{ kind: 'delay', delayMs: 5, count: 1, target: 'data' }]);
		simulator().clearFaults();
	});

	it('releases a pending delay when the simulator stops', async () => {
		const other = await startSimulator({ records: 1 });
		other.addFault({ kind: 'delay', delayMs: 600_000 });
		const pending = postForm(
			`${other.baseUrl}CRMAlertes/Projets`,
			{},
			{
				Authorization: `Bearer ${other.issueToken()}`,
			},
		).catch((error: Error) => error);
		await new Promise((resolve) => setTimeout(resolve, 100));
		const started = Date.now();
		await other.stop();
		await pending;
		expect(Date.now() - started).toBeLessThan(5000);
	});
});
