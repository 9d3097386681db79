import type { INodeProperties } from 'n8n-workflow';

import {
	alertOutputField,
	dateFormatField,
	emailsField,
	pageSizeField,
	parallelRequestsField,
	simplifyField,
	timeoutField,
} from '../../descriptions/sharedFields';

/** The fields of every Get Many operation: the five endpoints differ only in data. */
export const getManyFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
	{ ...alertOutputField, displayOptions: { show: { resource: ['emailAlert'] } } },
	simplifyField,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Date From',
				name: 'dateFrom',
				type: 'dateTime',
				default: '',
				description: 'Only records flagged (or alerts sent) on or after this date',
			},
			{
				displayName: 'Date To',
				name: 'dateTo',
				type: 'dateTime',
				default: '',
				description: 'Only records flagged (or alerts sent) on or before this date',
			},
			emailsField,
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [dateFormatField, pageSizeField, parallelRequestsField, timeoutField],
	},
];
