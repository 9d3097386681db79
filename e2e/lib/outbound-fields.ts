// What n8n's CRM and chat nodes send to their service, as name → parameter value, so a test copy
// can post the same fields to a sink. Read from n8n-nodes-base's code (HubSpot v2, Slack v2,
// Pipedrive v1); only the operations the examples use.

/** One field of the request body: its name at the service, and the node parameter giving it. */
export interface OutboundField {
	name: string;
	/** A literal or an n8n expression (`={{ … }}`), resolved by n8n like the original parameter. */
	value: unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- node parameters are untyped JSON
type Parameters = Record<string, any>;

function requireOperation(
	type: string,
	parameters: Parameters,
	resource: string,
	operation: string,
) {
	if (parameters.resource !== resource || parameters.operation !== operation) {
		throw new Error(
			`${type}: only ${resource} / ${operation} is mapped, not ${parameters.resource} / ${parameters.operation}`,
		);
	}
}

/** `{ __rl: true, value }` (resource locator) → value; anything else as is. */
const locatorValue = (value: unknown) =>
	value !== null && typeof value === 'object' && 'value' in value
		? (value as { value: unknown }).value
		: value;

const present = (fields: OutboundField[]) =>
	fields.filter((field) => field.value !== undefined && field.value !== '');

/** HubSpot v2 deal create: POST /deals/v1/deal `{ properties: [{ name, value }] }`. */
function hubspotFields(parameters: Parameters): OutboundField[] {
	requireOperation('HubSpot', parameters, 'deal', 'create');
	const extra = parameters.additionalFields ?? {};
	const custom = extra.customPropertiesUi?.customPropertiesValues ?? [];
	return present([
		{ name: 'dealstage', value: parameters.stage },
		{ name: 'dealname', value: extra.dealName },
		{ name: 'hubspot_owner_id', value: locatorValue(extra.dealOwner) },
		{ name: 'closedate', value: extra.closeDate },
		{ name: 'amount', value: extra.amount },
		{ name: 'dealtype', value: extra.dealType },
		{ name: 'pipeline', value: extra.pipeline },
		{ name: 'description', value: extra.description },
		...custom.map((property: Parameters) => ({ name: property.property, value: property.value })),
	]);
}

/** Slack v2 message post: chat.postMessage `{ channel, text }`. */
function slackFields(parameters: Parameters): OutboundField[] {
	requireOperation('Slack', parameters, 'message', 'post');
	const target = parameters.select === 'user' ? parameters.user : parameters.channelId;
	return present([
		{ name: 'channel', value: locatorValue(target) },
		{ name: 'text', value: parameters.text },
	]);
}

/** Pipedrive v1 organization create: POST /organizations `{ name, …additional fields }`. */
function pipedriveFields(parameters: Parameters): OutboundField[] {
	requireOperation('Pipedrive', parameters, 'organization', 'create');
	const { customProperties, ...extra } = parameters.additionalFields ?? {};
	return present([
		{ name: 'name', value: parameters.name },
		...Object.entries(extra).map(([name, value]) => ({ name, value })),
		...(customProperties?.property ?? []).map((property: Parameters) => ({
			name: property.name,
			value: property.value,
		})),
	]);
}

const OUTBOUND_FIELDS: Record<string, (parameters: Parameters) => OutboundField[]> = {
	'n8n-nodes-base.hubspot': hubspotFields,
	'n8n-nodes-base.slack': slackFields,
	'n8n-nodes-base.pipedrive': pipedriveFields,
};

export function hasOutboundMapping(nodeType: string): boolean {
	return nodeType in OUTBOUND_FIELDS;
}

/** The fields a node of this type would send with these parameters. */
export function outboundFields(nodeType: string, parameters: Parameters): OutboundField[] {
	const fields = OUTBOUND_FIELDS[nodeType];
	if (fields === undefined) throw new Error(`No outbound field mapping for ${nodeType}`);
	return fields(parameters);
}
