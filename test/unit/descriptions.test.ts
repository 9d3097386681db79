import type { INodeProperties } from 'n8n-workflow';

import { ExploreApi } from '../../credentials/ExploreApi.credentials';
import { Explore } from '../../nodes/Explore/Explore.node';
import { ExploreTrigger } from '../../nodes/Explore/ExploreTrigger.node';
import { EXPLORE_ENDPOINTS } from '../../nodes/Explore/endpoints';
import {
	DEFAULT_LOOKBACK_MINUTES,
	DEFAULT_MAX_RECORDS_PER_POLL,
} from '../../nodes/Explore/trigger/settings';
import { DEFAULT_PAGE_SIZE, DEFAULT_TIMEOUT_MS } from '../../nodes/Explore/transport';

function allProperties(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => [
		property,
		...allProperties(
			(property.options ?? []).filter((o): o is INodeProperties => 'type' in (o as object)),
		),
	]);
}

const action = new Explore().description;
const trigger = new ExploreTrigger().description;
const find = (properties: INodeProperties[], name: string) =>
	allProperties(properties).find((property) => property.name === name);

describe('node descriptions', () => {
	it('offers exactly the catalog operations, with stable values', () => {
		const operations = action.properties
			.filter((property) => property.name === 'operation')
			.flatMap((property) =>
				(property.options as Array<{ value: string }>).map(
					(option) => `${property.displayOptions?.show?.resource?.[0]}.${option.value}`,
				),
			);
		expect(operations.sort()).toEqual([
			'company.getAll',
			'company.getAllBatipulse',
			'emailAlert.getAll',
			'project.getAll',
			'project.getAllBatipulse',
		]);
		expect(operations.sort()).toEqual(
			EXPLORE_ENDPOINTS.map((e) => `${e.resource}.${e.operation}`).sort(),
		);
	});

	it('offers exactly the catalog events, with stable values', () => {
		const events = (find(trigger.properties, 'event')?.options as Array<{ value: string }>).map(
			(o) => o.value,
		);
		expect(events.sort()).toEqual([
			'batipulseCompanyFlagged',
			'batipulseProjectFlagged',
			'companyFlagged',
			'emailAlertReceived',
			'projectFlagged',
		]);
	});

	it('shows the same defaults the code uses', () => {
		expect(find(action.properties, 'pageSize')?.default).toBe(DEFAULT_PAGE_SIZE);
		expect(find(action.properties, 'timeout')?.default).toBe(DEFAULT_TIMEOUT_MS / 1000);
		expect(find(trigger.properties, 'timeout')?.default).toBe(DEFAULT_TIMEOUT_MS / 1000);
		expect(find(trigger.properties, 'lookback')?.default).toBe(DEFAULT_LOOKBACK_MINUTES);
		expect(find(trigger.properties, 'maxRecordsPerPoll')?.default).toBe(
			DEFAULT_MAX_RECORDS_PER_POLL,
		);
		expect(find(action.properties, 'limit')).toMatchObject({
			default: 50,
			description: 'Max number of results to return',
		});
	});

	it('describes every boolean with "Whether"', () => {
		const booleans = [
			...allProperties(action.properties),
			...allProperties(trigger.properties),
		].filter((property) => property.type === 'boolean');
		expect(booleans.length).toBeGreaterThan(0);
		for (const property of booleans) expect(property.description).toMatch(/^Whether /);
	});

	it('follows n8n conventions for an action node, a trigger and a credential', () => {
		expect(action).toMatchObject({ name: 'explore', displayName: 'EXPLORE', usableAsTool: true });
		expect(trigger).toMatchObject({
			name: 'exploreTrigger',
			displayName: 'EXPLORE Trigger',
			polling: true,
			inputs: [],
		});
		expect(trigger).not.toHaveProperty('usableAsTool');
		const credential = new ExploreApi();
		expect(credential.name).toBe('exploreApi');
		const secretFields = credential.properties.filter((p) =>
			['clientKey', 'secretKey', 'accessToken'].includes(p.name),
		);
		for (const field of secretFields) expect(field.typeOptions?.password).toBe(true);
		expect(credential.properties.find((p) => p.name === 'accessToken')).toMatchObject({
			type: 'hidden',
			typeOptions: { expirable: true },
		});
	});
});

describe('canvas subtitles', () => {
	const evaluate = (expression: string, parameter: Record<string, string>) =>
		// eslint-disable-next-line @n8n/community-nodes/no-dangerous-functions -- evaluates our own subtitle in a test
		new Function('$parameter', `return ${expression.slice(4, -3)};`)(parameter) as string;

	it('name the chosen operation and event in words, not parameter values', () => {
		expect(
			evaluate(String(action.subtitle), { resource: 'company', operation: 'getAllBatipulse' }),
		).toBe('Get many companies flagged in Batipulse');
		expect(evaluate(String(trigger.subtitle), { event: 'emailAlertReceived' })).toBe(
			'Email Alert Received',
		);
	});
});
