/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- the demo, a script run by Node, never shipped */
// The demo's credential and workflows. The JSON files are importable as they are when the
// simulator runs on its default port; otherwise the simulator URL in them is replaced.
import * as fs from 'fs';
import * as path from 'path';

import type { CredentialJson, WorkflowJson } from '../lib';
import type { Simulator } from '../../sandbox/server';

const WORKFLOWS_DIR = path.join(__dirname, 'workflows');
const DEFAULT_SIMULATOR_URL = 'http://127.0.0.1:8787';

/** The id the workflow files use for their EXPLORE credential. */
export const DEMO_CREDENTIAL_ID = 'ExploreDemoCred1';

export function demoCredential(simulator: Simulator): CredentialJson {
	const info = simulator.info();
	return {
		id: DEMO_CREDENTIAL_ID,
		name: 'EXPLORE (demo simulator)',
		type: 'exploreApi',
		data: {
			authentication: 'token',
			clientKey: info.clientKey,
			secretKey: info.secretKey,
			baseUrl: simulator.baseUrl,
			loginFieldNames: `${info.clientKeyField},${info.secretKeyField}`,
		},
	};
}

export interface DemoWorkflows {
	/** Manual Trigger → EXPLORE (flagged projects, Return All, Simplify). */
	importProjects: WorkflowJson;
	/** EXPLORE Trigger (project flagged, every minute) → HTTP Request to the sink "notifications". */
	notifyProject: WorkflowJson;
	/** EXPLORE Trigger (company flagged, every minute) → HTTP Request to the sink "crm". */
	syncCompany: WorkflowJson;
}

function loadWorkflow(file: string, simulator: Simulator): WorkflowJson {
	const text = fs.readFileSync(path.join(WORKFLOWS_DIR, file), 'utf8');
	return JSON.parse(text.split(DEFAULT_SIMULATOR_URL).join(simulator.url)) as WorkflowJson;
}

export function demoWorkflows(simulator: Simulator): DemoWorkflows {
	return {
		importProjects: loadWorkflow('import-flagged-projects.json', simulator),
		notifyProject: loadWorkflow('notify-new-flagged-project.json', simulator),
		syncCompany: loadWorkflow('sync-new-flagged-company.json', simulator),
	};
}

/** Name of the first node of `type` in the workflow (to read its output). */
export function nodeNameOfType(workflow: WorkflowJson, type: string): string {
	const node = workflow.nodes.find((candidate) => candidate.type === type);
	if (!node) throw new Error(`Workflow "${workflow.name}" has no ${type} node`);
	return node.name;
}
