import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

/** The description of a test-only action node that uses the EXPLORE API credential. */
export function testNodeDescription(
	displayName: string,
	name: string,
	properties: INodeProperties[],
): INodeTypeDescription {
	return {
		displayName,
		name,
		group: ['transform'],
		version: 1,
		description: `Test-only node: ${displayName}`,
		defaults: { name: displayName },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'exploreApi', required: true }],
		usableAsTool: true,
		properties,
	};
}
