import { createCipheriv, pbkdf2Sync } from 'crypto';

import { parisDayStamp } from './timeZones';

/**
 * The deprecated "signed" authentication: the query string is AES-encrypted with a key that
 * changes every day. Read from EXPLORE's C# sample (Rfc2898DeriveBytes + Aes defaults):
 * PBKDF2-HMAC-SHA1(password = yyyyMMdd + secret, salt = the same bytes, 1000 rounds) gives the
 * AES-128-CBC key (bytes 0–15) and IV (16–31); PKCS7 padding; Base64 output.
 */
export function encryptSignature(plainQuery: string, secretKey: string, dayStamp: string): string {
	const cipherKey = `${dayStamp}${secretKey}`;
	const derived = pbkdf2Sync(cipherKey, Buffer.from(cipherKey, 'utf8'), 1000, 32, 'sha1');
	const cipher = createCipheriv('aes-128-cbc', derived.subarray(0, 16), derived.subarray(16, 32));
	return Buffer.concat([cipher.update(plainQuery, 'utf8'), cipher.final()]).toString('base64');
}

/**
 * Turns the form fields of a request into the two fields the signed mode sends:
 * `CleClient` in clear and `Signature`, the encrypted query string that starts with `CleClient`.
 */
export function signForm(
	form: URLSearchParams,
	clientKey: string,
	secretKey: string,
	now: Date = new Date(),
): URLSearchParams {
	const plain = new URLSearchParams([['CleClient', clientKey]]);
	for (const [name, value] of form) {
		if (name !== 'CleClient' && name !== 'Signature') plain.append(name, value);
	}
	return new URLSearchParams([
		['CleClient', clientKey],
		['Signature', encryptSignature(plain.toString(), secretKey, parisDayStamp(now))],
	]);
}
