import { decryptSignature, encryptSignature } from '../../sandbox/signature';
import { postForm, useSimulator } from './simulatorHarness';
import type { Json } from './simulatorHarness';

const VECTOR = {
	secret: 'MySecretKey',
	day: '20240115',
	plain: 'CleClient=ABC123&DateDebut=2024-01-01&DateFin=2024-01-15',
	signature:
		'8P3b3YHmg4IvPMb/0SQSrYFVSA6PxjjU5C/MV9FthkjcmOT+EpDIy7BajcJZEW7UEWCEwXycmn8gaitBacT4pQ==',
};

describe('signature crypto', () => {
	it('matches the published test vector both ways', () => {
		expect(encryptSignature(VECTOR.plain, VECTOR.secret, VECTOR.day)).toBe(VECTOR.signature);
		expect(decryptSignature(VECTOR.signature, VECTOR.secret, VECTOR.day)).toBe(VECTOR.plain);
	});

	it.each([
		['another day', VECTOR.signature, VECTOR.secret, '20240116'],
		['another secret', VECTOR.signature, 'OtherKey', VECTOR.day],
		['text that is not Base64', 'not base64!', VECTOR.secret, VECTOR.day],
		['a truncated signature', VECTOR.signature.slice(0, 20), VECTOR.secret, VECTOR.day],
	])('refuses %s', (_case, signature, secret, day) => {
		const plain = decryptSignature(signature, secret, day);
		expect(plain === undefined || plain !== VECTOR.plain).toBe(true);
	});
});

describe('simulator signed mode', () => {
	const simulator = useSimulator({
		clientKey: 'ABC123',
		secretKey: 'MySecretKey',
		records: 80,
		clockStart: '2024-01-15T09:00:00Z',
	});

	afterEach(() => simulator().reset());

	const signedPost = (fields: Record<string, string>) =>
		postForm(`${simulator().baseUrl}CRMAlertes/Projets`, fields);

	it('accepts the test vector on its day, with the parameters from the signature', async () => {
		const response = await signedPost({ CleClient: 'ABC123', Signature: VECTOR.signature });
		expect(response.status).toBe(200);
		const body = await response.json();
		const dates: string[] = body.PROJETS.map((project: Json) => project.ACTION.DATE_TAG);
		expect(dates.every((date) => date >= '2024-01-01' && date <= '2024-01-15T23:59:59')).toBe(true);
		expect(body.TOTAL).toBeGreaterThan(0);
		expect(body.TOTAL).toBeLessThan(80);
		expect(simulator().requests().pop()).toMatchObject({
			auth: 'signed',
			status: 200,
			params: { DateDebut: '2024-01-01', DateFin: '2024-01-15' },
		});
	});

	it('uses the Paris day: 23:30 UTC on the 14th is already the 15th in Paris', async () => {
		simulator().setClock({ now: '2024-01-14T23:30:00Z' });
		expect((await signedPost({ CleClient: 'ABC123', Signature: VECTOR.signature })).status).toBe(
			200,
		);
	});

	it('refuses a signature made for another day with 401 and a Message', async () => {
		simulator().advanceClock(24 * 3600 * 1000);
		const response = await signedPost({ CleClient: 'ABC123', Signature: VECTOR.signature });
		expect(response.status).toBe(401);
		expect((await response.json()).Message).toMatch(/signature/i);
	});

	it('refuses a signature made with another secret', async () => {
		const signature = encryptSignature(VECTOR.plain, 'WrongSecret', VECTOR.day);
		expect((await signedPost({ CleClient: 'ABC123', Signature: signature })).status).toBe(401);
	});

	it('refuses a clear CleClient that is not the client key, or not the one signed', async () => {
		expect((await signedPost({ CleClient: 'XYZ', Signature: VECTOR.signature })).status).toBe(401);
		simulator().configure({ clientKey: 'OTHER' });
		const signature = encryptSignature(VECTOR.plain, 'MySecretKey', VECTOR.day);
		expect((await signedPost({ CleClient: 'OTHER', Signature: signature })).status).toBe(401);
	});

	it('signs any query for today with signQuery, Page and Max included', async () => {
		const fields = simulator().signQuery({ Page: '10', Max: '5' });
		expect(fields.CleClient).toBe('ABC123');
		const response = await signedPost(fields);
		const body = await response.json();
		expect(body).toMatchObject({ TOTAL: 80, NOMBRE_RESULTATS: 5, PAGE: 3 });
	});

	it('never logs the Signature or the client key', async () => {
		await signedPost({ CleClient: 'ABC123', Signature: VECTOR.signature });
		const log = JSON.stringify(simulator().requests());
		expect(log).not.toContain('ABC123');
		expect(log).not.toContain(VECTOR.signature.slice(0, 12));
	});
});
