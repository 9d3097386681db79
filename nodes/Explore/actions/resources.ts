import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { EXPLORE_ENDPOINTS } from '../endpoints';
import type { ExploreResource } from '../endpoints';

const RESOURCE_NAMES: Record<ExploreResource, string> = {
	emailAlert: 'Email Alert',
	project: 'Project',
	company: 'Company',
};

const RESOURCE_ORDER: ExploreResource[] = ['project', 'company', 'emailAlert'];

export const resourceField: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: RESOURCE_ORDER.map((resource) => ({ name: RESOURCE_NAMES[resource], value: resource })),
	default: 'project',
};

/** One Operation field per resource, its options straight from the endpoint catalog. */
export const operationFields: INodeProperties[] = RESOURCE_ORDER.map((resource) => {
	const options: INodePropertyOptions[] = EXPLORE_ENDPOINTS.filter(
		(endpoint) => endpoint.resource === resource,
	).map((endpoint) => ({
		name: endpoint.operationName,
		value: endpoint.operation,
		description: endpoint.description,
		action: endpoint.action,
	}));
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: 'getAll',
	};
});
