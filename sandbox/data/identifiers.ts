import type { SeededRandom } from './seededRandom';

/** Luhn sum of a digit string (SIREN and SIRET are valid when it is a multiple of 10). */
export function luhnSum(digits: string): number {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let digit = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) {
			digit *= 2;
			if (digit > 9) digit -= 9;
		}
		sum += digit;
	}
	return sum;
}

export function isLuhnValid(digits: string): boolean {
	return /^\d+$/.test(digits) && luhnSum(digits) % 10 === 0;
}

/** The digit that, appended to `digits`, makes the whole string Luhn-valid. */
export function luhnCheckDigit(digits: string): string {
	return String((10 - (luhnSum(`${digits}0`) % 10)) % 10);
}

export function randomSiren(random: SeededRandom): string {
	const body = `${random.int(3, 9)}${random.digits(7)}`;
	return body + luhnCheckDigit(body);
}

/** SIRET = SIREN + a 5-digit establishment number (NIC); the 14 digits are Luhn-valid. */
export function siretFor(siren: string, random: SeededRandom, isHeadOffice: boolean): string {
	const nicStart = isHeadOffice ? `000${random.int(1, 3)}` : `000${random.int(2, 9)}`;
	return siren + nicStart + luhnCheckDigit(siren + nicStart);
}
