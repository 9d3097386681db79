/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a development tool run by Node, never shipped in the n8n package */
import { connect } from 'net';

import { control, fetchPage, FORM, postForm, useSimulator } from './simulatorHarness';

/** Sends raw bytes and returns whatever comes back before the server closes (or 1 s passes). */
function rawExchange(port: number, payload: string | Buffer): Promise<string> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		let received = '';
		socket.on('data', (chunk) => (received += chunk.toString('latin1')));
		socket.on('error', () => resolve(received));
		socket.on('close', () => resolve(received));
		socket.setTimeout(1000, () => socket.destroy());
		socket.write(payload);
	});
}

describe('simulator under hostile input', () => {
	const simulator = useSimulator({ records: 20 });

	const bearer = () => ({ Authorization: `Bearer ${simulator().issueToken()}` });
	const stillServes = async () =>
		expect((await fetchPage(simulator(), 'CRMAlertes/Projets', { Max: 1 })).status).toBe(200);

	afterEach(stillServes);

	it('answers 413 to a body over 1 MB', async () => {
		const response = await fetch(`${simulator().baseUrl}CRMAlertes/Projets`, {
			method: 'POST',
			headers: { 'Content-Type': FORM, ...bearer() },
			body: `Emails=${'a'.repeat(1024 * 1024 + 10)}`,
		});
		expect(response.status).toBe(413);
		expect((await response.json()).Message).toEqual(expect.any(String));
	});

	it('closes on a declared body far too large to drain', async () => {
		const reply = await rawExchange(
			simulator().port,
			'POST /ExploreAPI/api/CRMAlertes/Projets HTTP/1.1\r\nHost: x\r\n' +
				`Content-Type: ${FORM}\r\nContent-Length: 999999999999\r\n\r\nabc`,
		);
		expect(reply).toMatch(/^HTTP\/1\.1 413/);
	});

	it('answers 415 to a compressed body and to a JSON body', async () => {
		const gzip = await postForm(
			`${simulator().baseUrl}CRMAlertes/Projets`,
			{},
			{
				...bearer(),
				'Content-Encoding': 'gzip',
			},
		);
		expect(gzip.status).toBe(415);
		const json = await fetch(`${simulator().baseUrl}CRMAlertes/Projets`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', ...bearer() },
			body: '{"Max":1}',
		});
		expect(json.status).toBe(415);
		expect((await json.json()).Message).toMatch(/media type 'application\/json'/);
	});

	it('answers 400 to broken percent-encoding and survives invalid UTF-8', async () => {
		const broken = await fetch(`${simulator().baseUrl}CRMAlertes/Projets`, {
			method: 'POST',
			headers: { 'Content-Type': FORM, ...bearer() },
			body: 'DateDebut=%ZZ%E0%A4&Max=%',
		});
		expect(broken.status).toBe(400);
		const binary = await fetch(`${simulator().baseUrl}CRMAlertes/Projets`, {
			method: 'POST',
			headers: { 'Content-Type': FORM, ...bearer() },
			body: Buffer.from([0x45, 0x6d, 0x61, 0x69, 0x6c, 0x73, 0x3d, 0xff, 0xfe, 0x00, 0xc3]),
		});
		expect([200, 400]).toContain(binary.status);
	});

	it('answers 404 with a Message to unknown paths', async () => {
		for (const path of [
			'/nope',
			'/ExploreAPI/api/CRMAlertes',
			'/ExploreAPI/api/CRMAlertes/Projets/1',
		]) {
			const response = await fetch(`${simulator().url}${path}`, { method: 'POST' });
			expect(response.status).toBe(404);
			expect((await response.json()).Message).toMatch(/No HTTP resource was found/);
		}
	});

	it('answers 400 to a path that cannot be decoded', async () => {
		const reply = await rawExchange(
			simulator().port,
			'GET /ExploreAPI/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
		);
		expect(reply).toMatch(/^HTTP\/1\.1 400/);
	});

	it.each(['GET', 'PUT', 'DELETE', 'PATCH'])('answers 405 to %s on API routes', async (method) => {
		for (const path of ['Authentification', 'CRMAlertes/Alertes']) {
			const response = await fetch(`${simulator().baseUrl}${path}`, { method });
			expect(response.status).toBe(405);
			expect(response.headers.get('allow')).toBe('POST');
			expect((await response.json()).Message).toContain(`'${method}'`);
		}
	});

	it('answers 400 to bytes that are not HTTP', async () => {
		const reply = await rawExchange(
			simulator().port,
			Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x0d, 0x0a, 0x0d, 0x0a]),
		);
		expect(reply === '' || reply.startsWith('HTTP/1.1 400')).toBe(true);
	});

	it('survives a client that hangs up in the middle of a body', async () => {
		await rawExchange(
			simulator().port,
			'POST /ExploreAPI/api/CRMAlertes/Projets HTTP/1.1\r\nHost: x\r\n' +
				`Content-Type: ${FORM}\r\nContent-Length: 5000\r\n\r\nMax=1&Emails=`,
		);
	});

	it('answers many concurrent requests', async () => {
		const statuses = await Promise.all(
			Array.from({ length: 60 }, (_, i) =>
				fetchPage(simulator(), 'CRMAlertes/Societes', { Page: i % 20, Max: 3 }),
			),
		);
		expect(statuses.every((answer) => answer.status === 200)).toBe(true);
	});

	it('answers 404, 405 and 400 on the control API', async () => {
		expect((await control(simulator(), 'GET', 'nothing-here')).status).toBe(404);
		expect((await control(simulator(), 'GET', 'flag')).status).toBe(405);
		const badJson = await fetch(`${simulator().controlUrl}flag`, { method: 'POST', body: '{oops' });
		expect(badJson.status).toBe(400);
		expect((await control(simulator(), 'POST', 'clock', [1, 2])).status).toBe(400);
	});
});
