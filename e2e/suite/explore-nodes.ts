// Node specs for the EXPLORE node in test workflows.
import { CredentialRef, EXPLORE_NODE_TYPE, NodeSpec, exploreCredentialRef } from '../lib';
import { MAIN_CREDENTIAL } from './credentials';

export interface ExploreParameters {
	resource: 'project' | 'company' | 'emailAlert';
	operation: 'getAll' | 'getAllBatipulse';
	returnAll?: boolean;
	limit?: number | string;
	simplify?: boolean;
	alertOutput?: 'perAlert' | 'perProject';
	filters?: { dateFrom?: string; dateTo?: string; emails?: string };
	options?: { pageSize?: number; dateFormat?: 'dateTime' | 'date'; timeout?: number };
}

/** An EXPLORE node; `settings` are node settings such as `onError`. */
export function exploreNode(
	name: string,
	parameters: ExploreParameters,
	{
		credential = MAIN_CREDENTIAL,
		...settings
	}: { credential?: CredentialRef } & Record<string, unknown> = {},
): NodeSpec {
	return {
		name,
		type: EXPLORE_NODE_TYPE,
		parameters: { filters: {}, options: {}, ...parameters },
		credentials: exploreCredentialRef(credential),
		...settings,
	};
}
