import type { IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';

import { ExploreApi } from '../../credentials/ExploreApi.credentials';
import { simulatorCredentials, useSimulator } from './exploreEnv';

const simulator = useSimulator({ records: 20 });

/** n8n's `httpRequest` helper, reduced to what preAuthentication uses. */
const helpers: IHttpRequestHelper = {
	helpers: {
		httpRequest: async (options: IHttpRequestOptions) => {
			const response = await fetch(options.url, {
				method: options.method,
				headers: options.headers as Record<string, string>,
				body: options.body as string,
			});
			const text = await response.text();
			if (!response.ok)
				throw Object.assign(new Error(`HTTP ${response.status}`), {
					response: { status: response.status, data: text },
				});
			return text;
		},
	},
} as IHttpRequestHelper;

/** What n8n does when the user clicks Save: log in, authenticate, send the credential's test request. */
async function credentialTest(credentials: Record<string, unknown>): Promise<number> {
	const type = new ExploreApi();
	Object.assign(credentials, await type.preAuthentication.call(helpers, credentials as never));
	const request = type.test.request;
	const options = await type.authenticate(
		credentials as never,
		{
			method: request.method,
			url: `${String(credentials.baseUrl)}${request.url}`,
			headers: { ...request.headers },
			body: request.body,
		} as IHttpRequestOptions,
	);
	const response = await fetch(options.url, {
		method: options.method,
		headers: options.headers as Record<string, string>,
		body: options.body as string,
	});
	return response.status;
}

describe('EXPLORE API credential against the simulator', () => {
	it.each(['jsonString', 'raw', 'object'] as const)(
		'passes its test with a token answered as %s',
		async (style) => {
			simulator().configure({ tokenResponseStyle: style });
			expect(await credentialTest(simulatorCredentials(simulator()))).toBe(200);
		},
	);

	it('passes its test in the legacy signed mode, without logging in', async () => {
		simulator().clearRequests();
		expect(
			await credentialTest(simulatorCredentials(simulator(), { authentication: 'signature' })),
		).toBe(200);
		expect(
			simulator()
				.requests()
				.filter((r) => r.login),
		).toHaveLength(0);
	});

	it('fails its test with a clear message when the keys are wrong', async () => {
		await expect(
			credentialTest(simulatorCredentials(simulator(), { clientKey: 'nope-1234' })),
		).rejects.toThrow(/EXPLORE refused the client key and secret key \(HTTP 401/);
	});

	it('fails its test in signed mode when the secret is wrong', async () => {
		expect(
			await credentialTest(
				simulatorCredentials(simulator(), {
					authentication: 'signature',
					secretKey: 'wrong-secret',
				}),
			),
		).toBe(401);
	});

	it('uses the login field names the user set', async () => {
		simulator().configure({ clientKeyField: 'Login', secretKeyField: 'Password' });
		try {
			expect(
				await credentialTest(
					simulatorCredentials(simulator(), { loginFieldNames: 'Login,Password' }),
				),
			).toBe(200);
			await expect(credentialTest(simulatorCredentials(simulator()))).rejects.toThrow(/refused/);
		} finally {
			simulator().configure({ clientKeyField: 'CleClient', secretKeyField: 'CleSecrete' });
		}
	});

	it('refuses a plain-http Base URL outside localhost before sending anything', async () => {
		await expect(
			credentialTest(
				simulatorCredentials(simulator(), {
					baseUrl: 'http://extranet.explore.fr/ExploreAPI/api/',
				}),
			),
		).rejects.toThrow(/must start with https/);
	});
});
