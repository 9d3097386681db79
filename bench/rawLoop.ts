import { request } from 'undici';

export interface RawFetchResult {
	records: number;
	/** Size of the JSON bodies received, in bytes. */
	jsonBytes: number;
}

/**
 * The physical limit: log in once, then page through every record with plain sequential POSTs,
 * no n8n at all, keeping every record as Return All must (holding 100 000 records costs the
 * garbage collector real work, which a loop that dropped each page would not pay).
 */
export async function rawFetchAll(
	baseUrl: string,
	path: string,
	pageSize: number,
): Promise<RawFetchResult> {
	const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
	const headers = {
		'content-type': 'application/x-www-form-urlencoded',
		accept: 'application/json',
	};
	const login = await request(`${baseUrl}Authentification`, {
		method: 'POST',
		headers,
		body: form({ CleClient: 'demo-client-key', CleSecrete: 'demo-secret-key' }),
	});
	const token = JSON.parse(await login.body.text()) as string;
	const records: unknown[] = [];
	let jsonBytes = 0;
	for (;;) {
		const page = await request(`${baseUrl}${path}`, {
			method: 'POST',
			headers: { ...headers, authorization: `Bearer ${token}` },
			body: form({ Page: String(records.length), Max: String(pageSize) }),
		});
		const text = await page.body.text();
		jsonBytes += Buffer.byteLength(text);
		const body = JSON.parse(text) as { PROJETS: unknown[]; TOTAL: number };
		records.push(...body.PROJETS);
		if (body.PROJETS.length === 0 || records.length >= body.TOTAL) {
			return { records: records.length, jsonBytes };
		}
	}
}
