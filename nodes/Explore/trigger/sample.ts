import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { filterFormOrThrow } from '../helpers/filters';
import { shapeOutput } from '../helpers/output';
import type { ExploreUnit } from '../helpers/records';
import { fetchPage } from '../transport';
import { triggerClock } from './clock';
import { flagTimeOf } from './pollWindow';
import type { TriggerSettings } from './settings';

export const SAMPLE_SIZE = 3;

/**
 * "Fetch Test Event": the most recent matching flags, whatever their date, so the user sees real
 * data to map. Reads no state and writes none; errors are thrown as they are.
 */
export async function fetchSample(
	this: IPollFunctions,
	settings: TriggerSettings,
): Promise<INodeExecutionData[][] | null> {
	const filters = filterFormOrThrow(
		this.getNode(),
		{ emails: settings.emails },
		settings.dateFormat,
		'UTC',
	);
	const request = { timeoutMs: settings.timeoutMs };
	const first = await fetchPage.call(this, settings.endpoint, filters, 0, SAMPLE_SIZE, request);
	let units: ExploreUnit[] = first.units;
	if (first.total !== undefined && first.total > SAMPLE_SIZE) {
		const tail = await fetchPage.call(
			this,
			settings.endpoint,
			filters,
			first.total - SAMPLE_SIZE,
			SAMPLE_SIZE,
			request,
		);
		if (tail.units.length > 0) units = tail.units;
	}
	if (units.length === 0) return null;
	const now = triggerClock.now();
	const newestFirst = [...units].sort((a, b) => flagTimeOf(b, now) - flagTimeOf(a, now));
	const records = shapeOutput(settings.endpoint, newestFirst, {
		simplify: settings.simplify,
		alertOutput: settings.alertOutput,
	});
	return [this.helpers.returnJsonArray(records)];
}
