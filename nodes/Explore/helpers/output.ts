import type { IDataObject } from 'n8n-workflow';

import { ALERT_PROJECTS_KEY } from '../endpoints';
import type { ExploreEndpoint } from '../endpoints';
import { recordId } from './records';
import type { ExploreUnit } from './records';
import { simplifyAlert, simplifyRecord } from './simplify';

/** Email alerts: one item per alert (with its projects) or one item per related project. */
export type AlertOutput = 'perAlert' | 'perProject';

export interface OutputOptions {
	simplify: boolean;
	alertOutput: AlertOutput;
}

function projectOf(unit: ExploreUnit, endpoint: ExploreEndpoint, simplify: boolean): IDataObject {
	return simplify ? simplifyRecord('project', unit.record, endpoint.source) : unit.record;
}

/** Groups alert projects by alert, in order; an alert split across two pages is merged back. */
export function groupByAlert(
	units: ExploreUnit[],
): Array<{ alert: IDataObject; units: ExploreUnit[] }> {
	const groups = new Map<string, { alert: IDataObject; units: ExploreUnit[] }>();
	for (const unit of units) {
		const alert = unit.alert ?? {};
		const key = recordId(alert, 'emailAlert') ?? JSON.stringify(alert);
		const group = groups.get(key);
		if (group) group.units.push(unit);
		else groups.set(key, { alert, units: [unit] });
	}
	return [...groups.values()];
}

/** Turns fetched units into the node's output records. */
export function shapeOutput(
	endpoint: ExploreEndpoint,
	units: ExploreUnit[],
	options: OutputOptions,
): IDataObject[] {
	const { simplify } = options;
	if (endpoint.recordKind !== 'emailAlert') {
		return units.map((unit) =>
			simplify
				? simplifyRecord(endpoint.recordKind as 'project' | 'company', unit.record, endpoint.source)
				: unit.record,
		);
	}
	if (options.alertOutput === 'perProject') {
		return units.map((unit) =>
			simplify
				? { ...projectOf(unit, endpoint, true), ...simplifyAlert(unit.alert ?? {}) }
				: { ...unit.record, ALERTE: unit.alert ?? null },
		);
	}
	return groupByAlert(units).map(({ alert, units: alertUnits }) => {
		const projects = alertUnits.map((unit) => projectOf(unit, endpoint, simplify));
		return simplify
			? { ...simplifyAlert(alert), projectCount: projects.length, projects }
			: { ...alert, [ALERT_PROJECTS_KEY]: projects };
	});
}
