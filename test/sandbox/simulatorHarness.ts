import { startSimulator } from '../../sandbox/server';
import type { Simulator, SimulatorOptions } from '../../sandbox/server';
import { addSecretSource } from '../harness/secretScan';

export const FORM = 'application/x-www-form-urlencoded';

/** A parsed API or control body: tests read it freely and assert on its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/**
 * A simulator started before the file's tests and stopped after them. While it runs, every
 * runNode/runPoll of the file also scans for the keys, tokens and signatures it issued or saw.
 */
export function useSimulator(options: SimulatorOptions = {}): () => Simulator {
	let simulator: Simulator | undefined;
	let removeSecretSource: (() => void) | undefined;
	beforeAll(async () => {
		const started = await startSimulator({ quiet: true, ...options });
		simulator = started;
		removeSecretSource = addSecretSource(() => started.issuedSecrets());
	});
	afterAll(async () => {
		removeSecretSource?.();
		await simulator?.stop();
	});
	return () => {
		if (simulator === undefined) throw new Error('The simulator is not started');
		return simulator;
	};
}

export async function postForm(
	url: string,
	fields: Record<string, string | number>,
	headers: Record<string, string> = {},
): Promise<Response> {
	const body = new URLSearchParams(
		Object.entries(fields).map(([name, value]) => [name, String(value)]),
	).toString();
	return fetch(url, { method: 'POST', headers: { 'Content-Type': FORM, ...headers }, body });
}

export async function login(simulator: Simulator): Promise<string> {
	const config = simulator.config();
	const response = await postForm(`${simulator.baseUrl}Authentification`, {
		[config.clientKeyField]: config.clientKey,
		[config.secretKeyField]: config.secretKey,
	});
	const text = await response.text();
	if (response.status !== 200) throw new Error(`Login failed: ${response.status} ${text}`);
	const parsed = config.tokenResponseStyle === 'raw' ? text : JSON.parse(text);
	return typeof parsed === 'string' ? parsed : parsed.token;
}

export interface PageAnswer {
	status: number;
	body: Json;
	headers: Headers;
}

/** One data request with a Bearer token; the body parsed as JSON. */
export async function fetchPage(
	simulator: Simulator,
	path: string,
	parameters: Record<string, string | number> = {},
	token?: string,
): Promise<PageAnswer> {
	const bearer = token ?? simulator.issueToken();
	const response = await postForm(`${simulator.baseUrl}${path}`, parameters, {
		Authorization: `Bearer ${bearer}`,
	});
	return { status: response.status, body: await response.json(), headers: response.headers };
}

export async function control(
	simulator: Simulator,
	method: string,
	path: string,
	body?: unknown,
): Promise<{ status: number; body: Json }> {
	const response = await fetch(`${simulator.controlUrl}${path}`, {
		method,
		headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}
