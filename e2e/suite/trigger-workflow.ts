// EXPLORE Trigger (every minute) → HTTP Request posting each flag to a simulator sink.
import { CredentialRef, EXPLORE_TRIGGER_TYPE, buildWorkflow, exploreCredentialRef } from '../lib';

export const TRIGGER_SINK = 'flags';
export const TRIGGER_NODE = 'Project Flagged';

export function triggerWorkflow(simulatorUrl: string, credential: CredentialRef) {
	return buildWorkflow({
		id: 'e2eTriggerSink01',
		name: 'e2e: EXPLORE Trigger → sink',
		nodes: [
			{
				name: TRIGGER_NODE,
				type: EXPLORE_TRIGGER_TYPE,
				parameters: {
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					event: 'projectFlagged',
					filters: {},
					options: {},
				},
				credentials: exploreCredentialRef(credential),
			},
			{
				name: 'Deliver to Sink',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					method: 'POST',
					url: `${simulatorUrl}/__sim/sink/${TRIGGER_SINK}`,
					sendBody: true,
					contentType: 'json',
					specifyBody: 'keypair',
					bodyParameters: {
						parameters: ['id', 'title', 'flaggedBy', 'flaggedAt'].map((field) => ({
							name: field,
							value: `={{ $json.${field} }}`,
						})),
					},
					options: {},
				},
			},
		],
		edges: [[TRIGGER_NODE, 'Deliver to Sink']],
	});
}
