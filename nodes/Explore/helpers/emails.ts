/** GUESS: the API's `Emails` parameter is one string; a comma is the most likely separator. */
export const EMAILS_SEPARATOR = ',';

const EMAIL_PATTERN = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

export class InvalidEmailError extends Error {}

/** Splits what a user typed (commas, semicolons, spaces or new lines) into validated addresses. */
export function parseEmailList(input: unknown): string[] {
	const items = Array.isArray(input) ? input.map(String) : [String(input ?? '')];
	const addresses = items
		.flatMap((item) => item.split(/[\s,;]+/))
		.map((address) => address.trim())
		.filter((address) => address !== '');
	const invalid = addresses.filter((address) => !EMAIL_PATTERN.test(address));
	if (invalid.length > 0) {
		throw new InvalidEmailError(
			`"${invalid[0].slice(0, 100)}" is not a valid e-mail address`,
		);
	}
	return [...new Set(addresses.map((address) => address.toLowerCase()))];
}

export function joinEmails(addresses: string[]): string {
	return addresses.join(EMAILS_SEPARATOR);
}
