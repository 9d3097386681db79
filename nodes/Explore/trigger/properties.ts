import type { INodeProperties } from 'n8n-workflow';

import {
	alertOutputField,
	dateFormatField,
	emailsField,
	pageSizeField,
	simplifyField,
	timeoutField,
} from '../descriptions/sharedFields';
import { EXPLORE_ENDPOINTS } from '../endpoints';

/** The trigger's fields; its events come straight from the endpoint catalog. */
export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: EXPLORE_ENDPOINTS.map((endpoint) => ({
			name: endpoint.triggerEventName,
			value: endpoint.triggerEvent,
			description: endpoint.triggerEventDescription,
			action: endpoint.triggerEventAction,
		})),
		default: 'projectFlagged',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [emailsField],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				...alertOutputField,
				displayOptions: { show: { '/event': ['emailAlertReceived'] } },
			},
			dateFormatField,
			{
				displayName: 'Look-Back (Minutes)',
				name: 'lookback',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 60,
				description:
					'How far each poll looks back before the previous one, to catch flags EXPLORE records late. Flags already sent are never sent twice.',
			},
			{
				displayName: 'Max Records per Poll',
				name: 'maxRecordsPerPoll',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1000,
				description:
					'A larger backlog (e.g. a backfill) is sent over several polls, in order, without losing or repeating any',
			},
			pageSizeField,
			simplifyField,
			{
				displayName: 'Start From',
				name: 'startFrom',
				type: 'dateTime',
				default: '',
				description:
					'On first activation, also send the flags set since this date (backfill). Leave empty to start from the activation time.',
			},
			timeoutField,
		],
	},
];
