// Test workflows from a list of nodes and edges: ids, positions and connections filled in.
import { randomUUID } from 'crypto';
import { WorkflowJson } from './workflows';

/** A node as written in a workflow; settings such as `onError` or `executeOnce` go alongside. */
export interface NodeSpec {
	name: string;
	type: string;
	typeVersion?: number;
	parameters?: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	[setting: string]: unknown;
}

export interface WorkflowSpec {
	name: string;
	id?: string;
	nodes: NodeSpec[];
	/** `[from, to]`: main output 0 of `from` feeds main input 0 of `to`. */
	edges: Array<[string, string]>;
}

type Connections = Record<
	string,
	{ main: Array<Array<{ node: string; type: 'main'; index: number }>> }
>;

/** Adds `from → to` (main output 0 to main input 0) to n8n's connections object. */
export function connect(connections: Connections, from: string, to: string): void {
	const outputs = (connections[from] ??= { main: [[]] });
	outputs.main[0] ??= [];
	outputs.main[0].push({ node: to, type: 'main', index: 0 });
}

/** Column = distance from a start node, row = order within the column. */
function layout(spec: WorkflowSpec): Map<string, [number, number]> {
	const depth = new Map<string, number>(spec.nodes.map((node) => [node.name, 0]));
	for (let pass = 0; pass < spec.nodes.length; pass++) {
		for (const [from, to] of spec.edges) {
			depth.set(to, Math.max(depth.get(to) ?? 0, (depth.get(from) ?? 0) + 1));
		}
	}
	const rows = new Map<number, number>();
	const positions = new Map<string, [number, number]>();
	for (const node of spec.nodes) {
		const column = depth.get(node.name) ?? 0;
		const row = rows.get(column) ?? 0;
		rows.set(column, row + 1);
		positions.set(node.name, [column * 260, row * 180]);
	}
	return positions;
}

export function buildWorkflow(spec: WorkflowSpec): WorkflowJson {
	const names = new Set(spec.nodes.map((node) => node.name));
	for (const [from, to] of spec.edges) {
		if (!names.has(from) || !names.has(to)) {
			throw new Error(`Workflow "${spec.name}": edge ${from} → ${to} names an unknown node`);
		}
	}
	const positions = layout(spec);
	const connections: Connections = {};
	for (const [from, to] of spec.edges) connect(connections, from, to);
	return {
		...(spec.id ? { id: spec.id } : {}),
		name: spec.name,
		nodes: spec.nodes.map(({ typeVersion, parameters, ...node }) => ({
			id: randomUUID(),
			typeVersion: typeVersion ?? 1,
			position: positions.get(node.name),
			parameters: parameters ?? {},
			...node,
		})),
		connections,
		settings: { executionOrder: 'v1' },
	};
}

export const MANUAL_TRIGGER_TYPE = 'n8n-nodes-base.manualTrigger';

export const manualTrigger = (name = 'Start'): NodeSpec => ({ name, type: MANUAL_TRIGGER_TYPE });

/** A Code node (JavaScript, run once for all items) returning these items' json. */
export const codeItems = (name: string, items: Array<Record<string, unknown>>): NodeSpec => ({
	name,
	type: 'n8n-nodes-base.code',
	typeVersion: 2,
	parameters: {
		jsCode: `return ${JSON.stringify(items.map((json) => ({ json })))};`,
	},
});
