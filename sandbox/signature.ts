import { createCipheriv, createDecipheriv, pbkdf2Sync } from 'crypto';

/**
 * The deprecated "signed" mode, read from EXPLORE's C# sample and .NET defaults:
 * cipher key = yyyyMMdd (today, Paris) + secret; PBKDF2-HMAC-SHA1 with the same string as salt,
 * 1000 rounds, 32 bytes → AES-128-CBC key (bytes 0–15) and IV (16–31); PKCS7; Base64.
 */
function deriveKeyAndIv(dayStamp: string, secretKey: string): { key: Buffer; iv: Buffer } {
	const cipherKey = `${dayStamp}${secretKey}`;
	const derived = pbkdf2Sync(cipherKey, Buffer.from(cipherKey, 'utf8'), 1000, 32, 'sha1');
	return { key: derived.subarray(0, 16), iv: derived.subarray(16, 32) };
}

export function encryptSignature(plainQuery: string, secretKey: string, dayStamp: string): string {
	const { key, iv } = deriveKeyAndIv(dayStamp, secretKey);
	const cipher = createCipheriv('aes-128-cbc', key, iv);
	return Buffer.concat([cipher.update(plainQuery, 'utf8'), cipher.final()]).toString('base64');
}

/** The plain query string, or undefined when the signature was not made with this key and day. */
export function decryptSignature(
	signature: string,
	secretKey: string,
	dayStamp: string,
): string | undefined {
	if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return undefined;
	const cipherBytes = Buffer.from(signature, 'base64');
	if (cipherBytes.length === 0 || cipherBytes.length % 16 !== 0) return undefined;
	const { key, iv } = deriveKeyAndIv(dayStamp, secretKey);
	try {
		const decipher = createDecipheriv('aes-128-cbc', key, iv);
		const plain = Buffer.concat([decipher.update(cipherBytes), decipher.final()]);
		return plain.toString('utf8');
	} catch {
		return undefined;
	}
}
