// EXPLORE Trigger (every minute) → HTTP Request posting each flag to a simulator sink.
import { CredentialRef, EXPLORE_TRIGGER_TYPE, buildWorkflow, exploreCredentialRef } from '../lib';

export const TRIGGER_SINK = 'flags';
export const TRIGGER_NODE = 'Project Flagged';

export interface TriggerToSinkOptions {
	id: string;
	name: string;
	simulatorUrl: string;
	credential: CredentialRef;
	sink: string;
	/** Fields of each flag posted to the sink. */
	fields: string[];
	/** When set, one flag is posted every this many ms (n8n's batching option). */
	deliveryIntervalMs?: number;
}

export function triggerToSinkWorkflow(options: TriggerToSinkOptions) {
	const batching =
		options.deliveryIntervalMs === undefined
			? {}
			: { batching: { batch: { batchSize: 1, batchInterval: options.deliveryIntervalMs } } };
	return buildWorkflow({
		id: options.id,
		name: options.name,
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
				credentials: exploreCredentialRef(options.credential),
			},
			{
				name: 'Deliver to Sink',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					method: 'POST',
					url: `${options.simulatorUrl}/__sim/sink/${options.sink}`,
					sendBody: true,
					contentType: 'json',
					specifyBody: 'keypair',
					bodyParameters: {
						parameters: options.fields.map((field) => ({
							name: field,
							value: `={{ $json.${field} }}`,
						})),
					},
					options: batching,
				},
			},
		],
		edges: [[TRIGGER_NODE, 'Deliver to Sink']],
	});
}

export function triggerWorkflow(simulatorUrl: string, credential: CredentialRef) {
	return triggerToSinkWorkflow({
		id: 'e2eTriggerSink01',
		name: 'e2e: EXPLORE Trigger → sink',
		simulatorUrl,
		credential,
		sink: TRIGGER_SINK,
		fields: ['id', 'title', 'flaggedBy', 'flaggedAt'],
	});
}
