import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { formatParisDateTime } from '../../sandbox/parisTime';
import type { Simulator } from '../../sandbox/server';

/** The credential a user would save for the simulator. */
export function simulatorCredentials(
	simulator: Simulator,
	extra: ICredentialDataDecryptedObject = {},
): ICredentialDataDecryptedObject {
	const { clientKey, secretKey } = simulator.config();
	return {
		authentication: 'token',
		clientKey,
		secretKey,
		baseUrl: simulator.baseUrl,
		accessToken: '',
		loginFieldNames: 'CleClient,CleSecrete',
		...extra,
	};
}

export { useSimulator } from '../sandbox/simulatorHarness';

export const jsonOf = (items: INodeExecutionData[][]) => items[0].map((item) => item.json);

/** Every secret a credential holds, to check none leaks into output, errors or logs. */
export function secretsIn(credentials: IDataObject, token?: string): string[] {
	return [credentials.clientKey, credentials.secretKey, token].filter(
		(value): value is string => typeof value === 'string' && value.length > 0,
	);
}

/** How many records the simulator has for an endpoint, flagged since a date (by a direct call). */
export async function countFlags(
	simulator: Simulator,
	path: string,
	since: string,
): Promise<number> {
	const token = simulator.issueToken();
	const response = await fetch(`${simulator.baseUrl}${path}`, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			Authorization: `Bearer ${token}`,
		},
		body: new URLSearchParams({
			DateDebut: formatParisDateTime(new Date(since).getTime()),
			DateFin: formatParisDateTime(simulator.now().getTime()),
			Page: '0',
			Max: '1',
		}).toString(),
	});
	const body = (await response.json()) as { TOTAL?: number; total?: number };
	return Number(body.TOTAL ?? body.total);
}
