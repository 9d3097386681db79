import type { INodeProperties } from 'n8n-workflow';

import { MAX_PAGE_SIZE, MAX_PARALLEL_REQUESTS } from '../transport';

/**
 * Fields both the EXPLORE node and the EXPLORE Trigger show, defined once. Defaults are literals
 * (n8n's linter reads them); test/unit/descriptions.test.ts checks they match the transport's.
 */

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

export const alertOutputField: INodeProperties = {
	displayName: 'Output',
	name: 'alertOutput',
	type: 'options',
	options: [
		{
			name: 'One Item per Alert',
			value: 'perAlert',
			description: 'Each alert with the list of its projects',
		},
		{
			name: 'One Item per Project',
			value: 'perProject',
			description: 'Each project of each alert, with the alert details',
		},
	],
	default: 'perAlert',
};

export const emailsField: INodeProperties = {
	displayName: 'Collaborator Emails',
	name: 'emails',
	type: 'string',
	default: '',
	placeholder: 'e.g. camille.martin@example.com, luc.bernard@example.com',
	description:
		'Only records flagged by (or alerts received by) these collaborators. Separate addresses with commas. Leave empty for everyone.',
};

export const dateFormatField: INodeProperties = {
	displayName: 'Date Format in Requests',
	name: 'dateFormat',
	type: 'options',
	options: [
		{
			name: 'Date and Time',
			value: 'dateTime',
			description: 'Such as 2026-01-31T08:30:00 (Paris time)',
		},
		{
			name: 'Date Only',
			value: 'date',
			description: 'Such as 2026-01-31, if your EXPLORE account only accepts days',
		},
	],
	default: 'dateTime',
	description: 'How dates are written in the request to EXPLORE',
};

export const pageSizeField: INodeProperties = {
	displayName: 'Page Size',
	name: 'pageSize',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: MAX_PAGE_SIZE },
	default: 100,
	description:
		'How many records to ask EXPLORE for in each request. Larger pages mean fewer requests.',
};

export const parallelRequestsField: INodeProperties = {
	displayName: 'Parallel Requests',
	name: 'parallelRequests',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: MAX_PARALLEL_REQUESTS },
	default: 1,
	description:
		'How many pages to ask EXPLORE for at the same time when getting many pages. Up to 4; EXPLORE logs every request, so keep it low.',
};

export const timeoutField: INodeProperties = {
	displayName: 'Timeout (Seconds)',
	name: 'timeout',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 600 },
	default: 60,
	description: 'How long to wait for each EXPLORE answer before retrying',
};
