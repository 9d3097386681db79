/* eslint-disable */
// A tiny community package (plain JS, no dependencies) packed into a tarball: an action
// node and a poll trigger, to prove loading, execution and activation without our real package.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runChecked } from './run-command';

export const THROWAWAY_PACKAGE = 'n8n-nodes-e2e-throwaway';
export const THROWAWAY_NODE_TYPE = `${THROWAWAY_PACKAGE}.e2eEcho`;
/** Poll trigger that emits one item `{ tick, mode }` per poll (tick counts polls in static data). */
export const THROWAWAY_TRIGGER_TYPE = `${THROWAWAY_PACKAGE}.e2eTickTrigger`;

const NODE_SOURCE = `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.E2eEcho = void 0;
class E2eEcho {
	constructor() {
		this.description = {
			displayName: 'E2E Echo',
			name: 'e2eEcho',
			group: ['transform'],
			version: 1,
			description: 'Adds a message to every item',
			defaults: { name: 'E2E Echo' },
			inputs: ['main'],
			outputs: ['main'],
			properties: [{ displayName: 'Message', name: 'message', type: 'string', default: 'hello' }],
		};
	}
	async execute() {
		const items = this.getInputData();
		return [items.map((item, index) => ({
			json: { ...item.json, echoed: this.getNodeParameter('message', index), index },
			pairedItem: { item: index },
		}))];
	}
}
exports.E2eEcho = E2eEcho;
`;

const TRIGGER_SOURCE = `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.E2eTickTrigger = void 0;
class E2eTickTrigger {
	constructor() {
		this.description = {
			displayName: 'E2E Tick Trigger',
			name: 'e2eTickTrigger',
			group: ['trigger'],
			version: 1,
			description: 'Emits one item per poll',
			defaults: { name: 'E2E Tick Trigger' },
			polling: true,
			inputs: [],
			outputs: ['main'],
			properties: [],
		};
	}
	async poll() {
		const state = this.getWorkflowStaticData('node');
		state.tick = (state.tick || 0) + 1;
		return [[{ json: { tick: state.tick, mode: this.getMode() } }]];
	}
}
exports.E2eTickTrigger = E2eTickTrigger;
`;

/** Writes and packs the throwaway package under the OS temp dir; returns the .tgz path. */
export async function buildThrowawayPackage(): Promise<string> {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-throwaway-'));
	const nodeDir = path.join(root, 'dist', 'nodes', 'E2eEcho');
	fs.mkdirSync(nodeDir, { recursive: true });
	fs.writeFileSync(path.join(nodeDir, 'E2eEcho.node.js'), NODE_SOURCE);
	fs.writeFileSync(path.join(nodeDir, 'E2eTickTrigger.node.js'), TRIGGER_SOURCE);
	fs.writeFileSync(
		path.join(root, 'package.json'),
		JSON.stringify(
			{
				name: THROWAWAY_PACKAGE,
				version: '0.0.1',
				license: 'MIT',
				keywords: ['n8n-community-node-package'],
				files: ['dist'],
				n8n: {
					n8nNodesApiVersion: 1,
					credentials: [],
					nodes: [
						'dist/nodes/E2eEcho/E2eEcho.node.js',
						'dist/nodes/E2eEcho/E2eTickTrigger.node.js',
					],
				},
				peerDependencies: { 'n8n-workflow': '*' },
			},
			null,
			2,
		),
	);
	const { stdout } = await runChecked('npm', ['pack', '--quiet', `--pack-destination=${root}`], {
		cwd: root,
	});
	return path.join(root, stdout.trim().split('\n').pop()!);
}
