import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { getManyFields } from './actions/getMany/getMany.description';
import { operationFields, resourceField } from './actions/resources';
import { router } from './actions/router';
import { ACTION_SUBTITLE } from './endpoints';

export class Explore implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'EXPLORE',
		name: 'explore',
		icon: { light: 'file:../../icons/explore.svg', dark: 'file:../../icons/explore.dark.svg' },
		group: ['input'],
		version: 1,
		subtitle: ACTION_SUBTITLE,
		description:
			'Get the construction projects, companies and email alerts your team flagged in EXPLORE and Batipulse',
		defaults: { name: 'EXPLORE' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'exploreApi', required: true }],
		properties: [resourceField, ...operationFields, ...getManyFields],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
