import { NodeOperationError } from 'n8n-workflow';
import type { IPollFunctions } from 'n8n-workflow';

import { buildFilterForm } from '../helpers/filters';
import type { FilterInput } from '../helpers/filters';
import type { ApiDateFormat } from '../helpers/dates';

/** The trigger's request filters; a filter that cannot be sent stops the poll with a clear error. */
export function triggerFilterForm(
	this: IPollFunctions,
	input: FilterInput,
	dateFormat: ApiDateFormat,
): URLSearchParams {
	const result = buildFilterForm(input, dateFormat, 'UTC');
	if ('problem' in result) {
		throw new NodeOperationError(this.getNode(), result.problem.message, {
			description: result.problem.description,
		});
	}
	return result.form;
}
