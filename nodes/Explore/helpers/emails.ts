/** GUESS: the API's `Emails` parameter is one string; a comma is the most likely separator. */
export const EMAILS_SEPARATOR = ',';

const EMAIL_PATTERN = /^[^\s@,;<>"&=]+@[^\s@,;<>"&=]+\.[^\s@,;<>"&=]+$/;

export interface EmailList {
	addresses: string[];
	/** The first entry that is not an email address, if any. */
	invalid?: string;
}

/** Splits what a user typed (commas, semicolons, spaces or new lines) into validated addresses. */
export function parseEmailList(input: unknown): EmailList {
	const items = Array.isArray(input) ? input.map(String) : [String(input ?? '')];
	const entries = items
		.flatMap((item) => item.split(/[\s,;]+/))
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
	const invalid = entries.find((entry) => !EMAIL_PATTERN.test(entry));
	const addresses = [...new Set(entries.map((entry) => entry.toLowerCase()))];
	return invalid === undefined ? { addresses } : { addresses, invalid: invalid.slice(0, 100) };
}

export function joinEmails(addresses: string[]): string {
	return addresses.join(EMAILS_SEPARATOR);
}
