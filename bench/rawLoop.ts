import { request } from 'undici';

/**
 * The physical limit: log in once, then page through every record with plain sequential POSTs,
 * no n8n at all. Returns how many records it read.
 */
export async function rawFetchAll(
	baseUrl: string,
	path: string,
	pageSize: number,
): Promise<number> {
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
	let offset = 0;
	for (;;) {
		const page = await request(`${baseUrl}${path}`, {
			method: 'POST',
			headers: { ...headers, authorization: `Bearer ${token}` },
			body: form({ Page: String(offset), Max: String(pageSize) }),
		});
		const body = (await page.body.json()) as { PROJETS: unknown[]; TOTAL: number };
		offset += body.PROJETS.length;
		if (body.PROJETS.length === 0 || offset >= body.TOTAL) return offset;
	}
}
