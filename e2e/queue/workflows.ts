// The two workflows of the queue-mode scenarios: an action node started by a webhook (so many
// executions can be started at once and land on the workers), and the trigger delivering each
// flag to a simulator sink slowly enough that a worker can be killed in the middle.
import { CredentialRef, EXPLORE_NODE_TYPE, buildWorkflow, exploreCredentialRef } from '../lib';
import { triggerToSinkWorkflow } from '../suite/trigger-workflow';

export const LOAD_WEBHOOK_PATH = 'explore-queue-load';
export const LOAD_NODE = 'All Projects';
export const DELIVERY_SINK = 'queue-flags';
/** One flag delivered every this many ms: a 20-flag execution lasts about 8 s. */
export const DELIVERY_INTERVAL_MS = 400;

export function loadWorkflow(credential: CredentialRef, pageSize: number) {
	return buildWorkflow({
		id: 'e2eQueueLoad0001',
		name: 'e2e queue: webhook → EXPLORE Return All',
		nodes: [
			{
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				webhookId: '6f1c2d3e-4b5a-4c6d-8e7f-90a1b2c3d4e5',
				parameters: {
					httpMethod: 'POST',
					path: LOAD_WEBHOOK_PATH,
					responseMode: 'onReceived',
					options: {},
				},
			},
			{
				name: LOAD_NODE,
				type: EXPLORE_NODE_TYPE,
				parameters: {
					resource: 'project',
					operation: 'getAll',
					returnAll: true,
					filters: {},
					options: { pageSize },
				},
				credentials: exploreCredentialRef(credential),
			},
		],
		edges: [['Webhook', LOAD_NODE]],
	});
}

export function deliveryWorkflow(simulatorUrl: string, credential: CredentialRef) {
	return triggerToSinkWorkflow({
		id: 'e2eQueueFlags001',
		name: 'e2e queue: EXPLORE Trigger → slow sink',
		simulatorUrl,
		credential,
		sink: DELIVERY_SINK,
		fields: ['id', 'flaggedBy', 'flaggedAt'],
		deliveryIntervalMs: DELIVERY_INTERVAL_MS,
	});
}
