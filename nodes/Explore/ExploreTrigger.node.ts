import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';

import { TRIGGER_SUBTITLE } from './endpoints';
import { pollNewFlags } from './trigger/poll';
import { triggerProperties } from './trigger/properties';
import { fetchSample } from './trigger/sample';
import { readTriggerSettings } from './trigger/settings';

export class ExploreTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'EXPLORE Trigger',
		name: 'exploreTrigger',
		icon: { light: 'file:../../icons/explore.svg', dark: 'file:../../icons/explore.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: TRIGGER_SUBTITLE,
		description:
			'Work with the projects, companies and email alerts your team flags in EXPLORE and Batipulse, as soon as they are flagged',
		defaults: { name: 'EXPLORE Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'exploreApi', required: true }],
		properties: triggerProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = readTriggerSettings.call(this);
		return this.getMode() === 'manual'
			? await fetchSample.call(this, settings)
			: await pollNewFlags.call(this, settings);
	}
}
