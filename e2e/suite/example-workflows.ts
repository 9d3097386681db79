/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- e2e test code run by Node and jest, never shipped in the n8n package */
// The example workflows of examples/, as shipped and as test copies that post to the simulator.
import * as fs from 'fs';
import * as path from 'path';
import { SinkCopy, WorkflowJson, toSinkCopy } from '../lib';

export const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', 'examples');

export const EXAMPLE_FILES = {
	list: 'list-flagged-projects.json',
	hubspotAndSlack: 'flagged-project-to-hubspot-and-slack.json',
	pipedrive: 'daily-batipulse-companies-to-pipedrive.json',
	slackDigest: 'email-alerts-slack-digest.json',
} as const;

export type ExampleKey = keyof typeof EXAMPLE_FILES;

/** Records the EXPLORE node standing in for the HubSpot example's trigger gets. */
export const TRIGGER_STAND_IN_LIMIT = 3;

export function loadExample(key: ExampleKey): WorkflowJson {
	return JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, EXAMPLE_FILES[key]), 'utf8'));
}

const keys = Object.keys(EXAMPLE_FILES) as ExampleKey[];

export interface ExampleWorkflows {
	/** As shipped (imported to prove they import), with an id that execute-batch accepts. */
	originals: Record<ExampleKey, WorkflowJson & { id: string }>;
	/** Test copies of the three that reach HubSpot, Slack or Pipedrive. */
	copies: Record<Exclude<ExampleKey, 'list'>, SinkCopy & { workflow: { id: string } }>;
}

export function exampleWorkflows(sinkBaseUrl: string): ExampleWorkflows {
	const originals = Object.fromEntries(
		keys.map((key, index) => [key, { ...loadExample(key), id: `e2eExampleOrig0${index + 1}` }]),
	) as ExampleWorkflows['originals'];
	const copy = (key: Exclude<ExampleKey, 'list'>, index: number) => {
		const sinkCopy = toSinkCopy(originals[key], sinkBaseUrl, {
			triggerStandInLimit: TRIGGER_STAND_IN_LIMIT,
		});
		return { ...sinkCopy, workflow: { ...sinkCopy.workflow, id: `e2eExampleSink0${index}` } };
	};
	return {
		originals,
		copies: {
			hubspotAndSlack: copy('hubspotAndSlack', 1),
			pipedrive: copy('pipedrive', 2),
			slackDigest: copy('slackDigest', 3),
		},
	};
}
