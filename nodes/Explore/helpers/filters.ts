import { NodeOperationError } from 'n8n-workflow';
import type { INode } from 'n8n-workflow';

import { API_PARAMETERS } from '../endpoints';
import { formatApiDate, parseUserDate } from './dates';
import type { ApiDateFormat } from './dates';
import { joinEmails, parseEmailList } from './emails';

export interface FilterInput {
	dateFrom?: unknown;
	dateTo?: unknown;
	emails?: unknown;
}

/** A filter a user set that cannot be sent: what is wrong, and how to fix it. */
export interface FilterProblem {
	message: string;
	description: string;
}

export type FilterResult = { form: URLSearchParams } | { problem: FilterProblem };

const isSet = (value: unknown) => value !== undefined && value !== null && value !== '';

const invalidDate = (field: string, value: unknown): FilterProblem => ({
	message: `${field} "${String(value).slice(0, 60)}" is not a valid date`,
	description:
		'Pick a date in the calendar, or use an ISO date such as 2026-01-31 or 2026-01-31T08:00:00, or an expression such as {{ $now.minus({ days: 7 }) }}.',
});

/** The DateDebut / DateFin / Emails form fields, validated before any call. */
export function buildFilterForm(
	input: FilterInput,
	dateFormat: ApiDateFormat,
	workflowTimeZone: string,
): FilterResult {
	const from = isSet(input.dateFrom) ? parseUserDate(input.dateFrom, workflowTimeZone) : undefined;
	if (isSet(input.dateFrom) && from === undefined) {
		return { problem: invalidDate('Date From', input.dateFrom) };
	}
	const to = isSet(input.dateTo) ? parseUserDate(input.dateTo, workflowTimeZone) : undefined;
	if (isSet(input.dateTo) && to === undefined) {
		return { problem: invalidDate('Date To', input.dateTo) };
	}
	if (from && to && from.getTime() > to.getTime()) {
		return {
			problem: {
				message: 'Date From is after Date To',
				description: 'Swap the two dates, or clear one of them.',
			},
		};
	}
	const emails = parseEmailList(isSet(input.emails) ? input.emails : '');
	if (emails.invalid !== undefined) {
		return {
			problem: {
				message: `Collaborator Emails: "${emails.invalid}" is not a valid email address`,
				description:
					'Enter one or more email addresses separated by commas, e.g. camille.martin@example.com, luc.bernard@example.com.',
			},
		};
	}
	const form = new URLSearchParams();
	if (from) form.set(API_PARAMETERS.dateFrom, formatApiDate(from, dateFormat));
	if (to) form.set(API_PARAMETERS.dateTo, formatApiDate(to, dateFormat));
	if (emails.addresses.length > 0) form.set(API_PARAMETERS.emails, joinEmails(emails.addresses));
	return { form };
}

/** The filters as form fields, or a NodeOperationError saying what to fix (both nodes use this). */
export function filterFormOrThrow(
	node: INode,
	input: FilterInput,
	dateFormat: ApiDateFormat,
	workflowTimeZone: string,
	itemIndex?: number,
): URLSearchParams {
	const result = buildFilterForm(input, dateFormat, workflowTimeZone);
	if ('problem' in result) {
		throw new NodeOperationError(node, result.problem.message, {
			description: result.problem.description,
			itemIndex,
		});
	}
	return result.form;
}
