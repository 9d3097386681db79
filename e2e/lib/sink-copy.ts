// A test copy of a workflow that runs with `n8n execute` and talks to nothing but the simulator:
// CRM and chat nodes post their fields to a simulator sink, triggers become a Manual Trigger.
import { EXPLORE_ENDPOINTS } from '../../nodes/Explore/endpoints';
import { MANUAL_TRIGGER_TYPE, connect } from './build-workflow';
import { hasOutboundMapping, outboundFields } from './outbound-fields';
import { WorkflowJson } from './workflows';

export const EXPLORE_NODE_TYPE = 'n8n-nodes-explore.explore';
export const EXPLORE_TRIGGER_TYPE = 'n8n-nodes-explore.exploreTrigger';
const SCHEDULE_TRIGGER_TYPE = 'n8n-nodes-base.scheduleTrigger';
const STICKY_NOTE_TYPE = 'n8n-nodes-base.stickyNote';
/** Node types that need no credential and call no outside service. */
const HARMLESS_TYPES = new Set([
	MANUAL_TRIGGER_TYPE,
	STICKY_NOTE_TYPE,
	EXPLORE_NODE_TYPE,
	'n8n-nodes-base.aggregate',
	'n8n-nodes-base.code',
	'n8n-nodes-base.set',
	'n8n-nodes-base.if',
	'n8n-nodes-base.filter',
	'n8n-nodes-base.splitOut',
	'n8n-nodes-base.noOp',
]);

export const STAND_IN_TRIGGER_NAME = 'Run Test Copy';

export interface SinkCopyOptions {
	/** How many records the EXPLORE node standing in for an EXPLORE Trigger gets (default 3). */
	triggerStandInLimit?: number;
}

export interface SinkCopy {
	workflow: WorkflowJson;
	/** The sink each replaced node posts to, by node name. */
	sinks: Record<string, string>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- node parameters are untyped JSON
type WorkflowNode = WorkflowJson['nodes'][number] & { parameters?: Record<string, any> };

/** "Create HubSpot Deal" → "create-hubspot-deal". */
export function sinkNameFor(nodeName: string): string {
	return nodeName
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** An HTTP Request node with the same name and place, posting `fields` as JSON to the sink. */
function sinkNode(node: WorkflowNode, sinkUrl: string): WorkflowNode {
	const fields = outboundFields(node.type, node.parameters ?? {});
	return {
		id: node.id,
		name: node.name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: node.position,
		parameters: {
			method: 'POST',
			url: sinkUrl,
			sendBody: true,
			contentType: 'json',
			specifyBody: 'keypair',
			bodyParameters: {
				parameters: fields.map(({ name, value }) => ({
					name,
					value: typeof value === 'string' ? value : `={{ ${JSON.stringify(value)} }}`,
				})),
			},
			options: {},
		},
	};
}

/** The EXPLORE node that gets what the trigger would emit: same event, filters and output. */
function triggerStandIn(trigger: WorkflowNode, limit: number): WorkflowNode {
	const parameters = trigger.parameters ?? {};
	const endpoint = EXPLORE_ENDPOINTS.find(
		(e) => e.triggerEvent === (parameters.event ?? 'projectFlagged'),
	);
	if (endpoint === undefined) throw new Error(`Unknown EXPLORE Trigger event ${parameters.event}`);
	const options = parameters.options ?? {};
	const emails = parameters.filters?.emails;
	return {
		id: trigger.id,
		name: trigger.name,
		type: EXPLORE_NODE_TYPE,
		typeVersion: 1,
		position: trigger.position,
		credentials: trigger.credentials,
		parameters: {
			resource: endpoint.resource,
			operation: endpoint.operation,
			returnAll: false,
			limit,
			simplify: options.simplify ?? true,
			...(endpoint.recordKind === 'emailAlert'
				? { alertOutput: options.alertOutput ?? 'perAlert' }
				: {}),
			filters: emails ? { emails } : {},
			options: {
				...(options.dateFormat ? { dateFormat: options.dateFormat } : {}),
				...(options.pageSize ? { pageSize: options.pageSize } : {}),
			},
		},
	};
}

/**
 * The copy: each node n8n-nodes-base would send to a CRM or chat becomes an HTTP Request posting
 * the same fields to `<sinkBaseUrl>/<sink name>`; a Schedule Trigger becomes a Manual Trigger of
 * the same name; an EXPLORE Trigger becomes a Manual Trigger ("Run Test Copy") followed by an
 * EXPLORE node of the trigger's name that gets the same kind of records (Limit), so expressions
 * such as `$('New Flagged Project').item.json` still resolve. Any other node that needs a
 * credential throws: the copy must not reach an outside service.
 */
export function toSinkCopy(
	workflow: WorkflowJson,
	sinkBaseUrl: string,
	options: SinkCopyOptions = {},
): SinkCopy {
	const copy = JSON.parse(JSON.stringify(workflow)) as WorkflowJson;
	const base = sinkBaseUrl.replace(/\/+$/, '');
	const sinks: Record<string, string> = {};
	const nodes: WorkflowNode[] = [];
	for (const node of copy.nodes as WorkflowNode[]) {
		if (hasOutboundMapping(node.type)) {
			sinks[node.name] = sinkNameFor(node.name);
			nodes.push(sinkNode(node, `${base}/${sinks[node.name]}`));
		} else if (node.type === SCHEDULE_TRIGGER_TYPE) {
			nodes.push({ ...node, type: MANUAL_TRIGGER_TYPE, typeVersion: 1, parameters: {} });
		} else if (node.type === EXPLORE_TRIGGER_TYPE) {
			if (copy.nodes.some((other) => other.name === STAND_IN_TRIGGER_NAME)) {
				throw new Error(`The workflow already has a node named "${STAND_IN_TRIGGER_NAME}"`);
			}
			const [x, y] = (node.position as [number, number] | undefined) ?? [0, 0];
			nodes.push({
				id: `${String(node.id)}-manual`,
				name: STAND_IN_TRIGGER_NAME,
				type: MANUAL_TRIGGER_TYPE,
				typeVersion: 1,
				position: [x - 240, y],
				parameters: {},
			});
			nodes.push(triggerStandIn(node, options.triggerStandInLimit ?? 3));
			connect(copy.connections as never, STAND_IN_TRIGGER_NAME, node.name);
		} else if (HARMLESS_TYPES.has(node.type)) {
			nodes.push(node);
		} else {
			throw new Error(`toSinkCopy: no sink mapping for node "${node.name}" (${node.type})`);
		}
	}
	const result: WorkflowJson = { ...copy, name: `${workflow.name} (sink copy)`, nodes };
	delete result.id; // the copy gets its own id on import
	return { workflow: result, sinks };
}
