// Answers "how many records match?" from a simulator no workflow talks to, so asking never
// shows up in the request log of the simulator under test. Same seed, records and clock start
// give the same data.
import type { Simulator } from '../../sandbox/server';

/** TOTAL for these parameters (DateDebut, DateFin, Emails as the API takes them). */
export async function matchingTotal(
	oracle: Simulator,
	path: string,
	parameters: Record<string, string> = {},
): Promise<number> {
	const response = await fetch(`${oracle.baseUrl}${path}`, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			Authorization: `Bearer ${oracle.issueToken()}`,
		},
		body: new URLSearchParams({ ...parameters, Page: '0', Max: '1' }).toString(),
	});
	const body = (await response.json()) as { TOTAL?: number; total?: number; Message?: string };
	const total = body.TOTAL ?? body.total;
	if (!response.ok || typeof total !== 'number') {
		throw new Error(`Oracle ${path} answered ${response.status}: ${JSON.stringify(body)}`);
	}
	return total;
}
