import { API_PARAMETERS } from '../endpoints';
import { formatApiDate, parseUserDate } from './dates';
import type { ApiDateFormat } from './dates';
import { joinEmails, parseEmailList } from './emails';

export interface FilterInput {
	dateFrom?: unknown;
	dateTo?: unknown;
	emails?: unknown;
}

/** A filter a user set that cannot be sent; the message names the field and how to fix it. */
export class InvalidFilterError extends Error {
	constructor(
		message: string,
		readonly description: string,
	) {
		super(message);
	}
}

const isSet = (value: unknown) => value !== undefined && value !== null && value !== '';

function readDate(value: unknown, field: string, timeZone: string): Date | undefined {
	if (!isSet(value)) return undefined;
	const instant = parseUserDate(value, timeZone);
	if (instant === undefined) {
		throw new InvalidFilterError(
			`${field} "${String(value).slice(0, 60)}" is not a valid date`,
			`Pick a date in the calendar, or use an ISO date such as 2026-01-31 or 2026-01-31T08:00:00, or an expression such as {{ $now.minus({ days: 7 }) }}.`,
		);
	}
	return instant;
}

/** The DateDebut / DateFin / Emails form fields, validated before any call. */
export function buildFilterForm(
	input: FilterInput,
	dateFormat: ApiDateFormat,
	workflowTimeZone: string,
): URLSearchParams {
	const form = new URLSearchParams();
	const from = readDate(input.dateFrom, 'Date From', workflowTimeZone);
	const to = readDate(input.dateTo, 'Date To', workflowTimeZone);
	if (from && to && from.getTime() > to.getTime()) {
		throw new InvalidFilterError(
			'Date From is after Date To',
			'Swap the two dates, or clear one of them.',
		);
	}
	if (from) form.set(API_PARAMETERS.dateFrom, formatApiDate(from, dateFormat));
	if (to) form.set(API_PARAMETERS.dateTo, formatApiDate(to, dateFormat));
	if (isSet(input.emails)) {
		let addresses: string[];
		try {
			addresses = parseEmailList(input.emails);
		} catch (error) {
			throw new InvalidFilterError(
				`Collaborator E-Mails: ${(error as Error).message}`,
				'Enter one or more e-mail addresses separated by commas, e.g. camille.martin@example.com, luc.bernard@example.com.',
			);
		}
		if (addresses.length > 0) form.set(API_PARAMETERS.emails, joinEmails(addresses));
	}
	return form;
}
