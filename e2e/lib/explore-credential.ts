// The EXPLORE API credential a user would save, pointing at a simulator.
import type { Simulator } from '../../sandbox/server';
import { CredentialJson } from './workflows';

export const EXPLORE_CREDENTIAL_TYPE = 'exploreApi';

export interface CredentialRef {
	id: string;
	name: string;
}

export interface ExploreCredentialOptions extends CredentialRef {
	authentication?: 'token' | 'signature';
}

export function exploreCredential(
	simulator: Simulator,
	{ id, name, authentication = 'token' }: ExploreCredentialOptions,
): CredentialJson {
	const { clientKey, secretKey } = simulator.config();
	return {
		id,
		name,
		type: EXPLORE_CREDENTIAL_TYPE,
		data: {
			authentication,
			clientKey,
			secretKey,
			baseUrl: simulator.baseUrl,
			loginFieldNames: 'CleClient,CleSecrete',
		},
	};
}

/** How a node refers to the credential: `{ exploreApi: { id, name } }`. */
export const exploreCredentialRef = ({ id, name }: CredentialRef) => ({
	[EXPLORE_CREDENTIAL_TYPE]: { id, name },
});
