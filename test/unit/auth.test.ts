import { normalizeBaseUrl } from '../../nodes/Explore/auth/baseUrl';
import { loginFieldNames } from '../../nodes/Explore/auth/login';
import { encryptSignature, signForm } from '../../nodes/Explore/auth/signature';
import { parisDayStamp } from '../../nodes/Explore/auth/timeZones';
import { parseTokenResponse } from '../../nodes/Explore/auth/token';

describe('token parsing', () => {
	it.each([
		['a raw string', 'abcDEF123456'],
		['a JSON string (ASP.NET style)', '"abcDEF123456"'],
		['a JSON object with token', '{"token":"abcDEF123456"}'],
		['a JSON object with Token', '{"Token":"abcDEF123456"}'],
		['a JSON object with access_token', '{"access_token":"abcDEF123456","expires_in":21600}'],
		['a JSON object with jeton', '{"Jeton":"abcDEF123456"}'],
		['a nested object', '{"data":{"token":"abcDEF123456"}}'],
		['a parsed object', { token: 'abcDEF123456' }],
		['a Bearer-prefixed string', 'Bearer abcDEF123456'],
	])('reads the token from %s', (_name, body) => {
		expect(parseTokenResponse(body)).toEqual({ token: 'abcDEF123456' });
	});

	it.each([
		['an empty body', ''],
		['whitespace', '   '],
		['an HTML page', '<html><body>Maintenance</body></html>'],
		['an object without a token field', '{"Message":"ok"}'],
		['an empty token field', '{"token":""}'],
		['null', null],
	])('refuses %s with a clear problem', (_name, body) => {
		const result = parseTokenResponse(body);
		expect(result).toHaveProperty('problem');
		expect((result as { problem: string }).problem).toMatch(/Authentification/);
	});

	it('never quotes the answer in the problem (it may hold secrets)', () => {
		const result = parseTokenResponse('{"Message":"secret-value-xyz"}') as { problem: string };
		expect(result.problem).not.toContain('secret-value-xyz');
	});
});

describe('base URL', () => {
	it('adds the trailing slash and keeps https', () => {
		expect(normalizeBaseUrl('https://extranet.explore.fr/ExploreAPI/api')).toBe(
			'https://extranet.explore.fr/ExploreAPI/api/',
		);
	});
	it.each(['http://localhost:8787/ExploreAPI/api/', 'http://127.0.0.1:1/x', 'http://[::1]:5/x/'])(
		'accepts plain http on a local host: %s',
		(url) => expect(normalizeBaseUrl(url)).toMatch(/^http:\/\//),
	);
	it.each([
		['plain http to a remote host', 'http://extranet.explore.fr/ExploreAPI/api/', /https/],
		['another scheme', 'ftp://extranet.explore.fr/', /https/],
		['credentials in the URL', 'https://user:pass@extranet.explore.fr/', /user name or password/],
		['not a URL', 'extranet.explore.fr', /not a valid URL/],
		['an empty value', '  ', /empty/],
	])('refuses %s', (_name, url, message) => {
		expect(() => normalizeBaseUrl(url)).toThrow(message);
	});
});

describe('login field names', () => {
	it('defaults to CleClient and CleSecrete', () => {
		expect(loginFieldNames(undefined)).toEqual(['CleClient', 'CleSecrete']);
	});
	it('reads two comma-separated names', () => {
		expect(loginFieldNames(' Login , Password ')).toEqual(['Login', 'Password']);
	});
});

describe('signed mode (legacy AES signature)', () => {
	it('matches the reference test vector', () => {
		expect(
			encryptSignature(
				'CleClient=ABC123&DateDebut=2024-01-01&DateFin=2024-01-15',
				'MySecretKey',
				'20240115',
			),
		).toBe(
			'8P3b3YHmg4IvPMb/0SQSrYFVSA6PxjjU5C/MV9FthkjcmOT+EpDIy7BajcJZEW7UEWCEwXycmn8gaitBacT4pQ==',
		);
	});

	it('signs the query string that starts with CleClient, using the Paris day', () => {
		const now = new Date('2024-01-14T23:30:00Z'); // already the 15th in Paris
		expect(parisDayStamp(now)).toBe('20240115');
		const signed = signForm(
			new URLSearchParams('DateDebut=2024-01-01&DateFin=2024-01-15'),
			'ABC123',
			'MySecretKey',
			now,
		);
		expect([...signed.keys()]).toEqual(['CleClient', 'Signature']);
		expect(signed.get('CleClient')).toBe('ABC123');
		expect(signed.get('Signature')).toBe(
			'8P3b3YHmg4IvPMb/0SQSrYFVSA6PxjjU5C/MV9FthkjcmOT+EpDIy7BajcJZEW7UEWCEwXycmn8gaitBacT4pQ==',
		);
		expect(signed.toString()).toContain('Signature=8P3b3YHmg4IvPMb%2F0SQSrYFVSA6PxjjU5C%2FMV9Fthk');
	});
});
