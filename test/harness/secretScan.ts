/**
 * The harness's secret scan: after every runNode/runPoll, no secret may appear in what the run
 * produced (node output, static data, the error with its whole cause chain, every log entry).
 * Secrets come from the run's credentials (every password field, every token a login returned)
 * and from registered sources (the simulator knows each token it issued and signature it saw).
 */

/** Shorter values (a test's "x") would match by chance: they are not scanned for. */
const MIN_SECRET_LENGTH = 6;
const MAX_DEPTH = 12;
const MAX_VISITED = 200_000;

export type SecretSource = () => Iterable<unknown>;

const sources = new Set<SecretSource>();

/** Adds secrets every later scan looks for; returns the function that removes them again. */
export function addSecretSource(source: SecretSource): () => void {
	sources.add(source);
	return () => sources.delete(source);
}

/** The registered sources' secrets plus `extra`, deduplicated, long enough to scan for. */
export function knownSecrets(extra: Iterable<unknown> = []): string[] {
	const all = new Set<string>();
	for (const values of [...[...sources].map((source) => source()), extra]) {
		for (const value of values) {
			if (typeof value === 'string' && value.length >= MIN_SECRET_LENGTH) all.add(value);
		}
	}
	return [...all];
}

/** A secret as it may appear: as is, form- or URL-encoded, or escaped inside JSON. */
function spellings(secret: string): string[] {
	const escaped = JSON.stringify(secret).slice(1, -1);
	return [...new Set([secret, encodeURIComponent(secret), escaped])];
}

export interface ProducedTexts {
	/** Where the texts come from, e.g. "node output", "error", "log entry 3". */
	place: string;
	/** Any value: every string in it is read, own non-enumerable properties (message, stack, cause) included. */
	value: unknown;
	/** The value is plain JSON data (node output, static data): read faster, as JSON text. */
	json?: boolean;
}

/**
 * Every string reachable from `value` (keys too), with the path where it was found when `paths`
 * is on. Paths cost most of the time, so a scan first looks without them.
 */
function stringsIn(value: unknown, paths: boolean): Array<[path: string, text: string]> {
	const found: Array<[string, string]> = [];
	const visited = new Set<object>();
	const stack: Array<[unknown, string, number]> = [[value, '', 0]];
	while (stack.length > 0 && visited.size < MAX_VISITED) {
		const [current, path, depth] = stack.pop() as [unknown, string, number];
		if (typeof current === 'string') {
			found.push([path, current]);
			continue;
		}
		if (current === null || typeof current !== 'object' || depth > MAX_DEPTH) continue;
		if (visited.has(current)) continue;
		visited.add(current);
		if (Buffer.isBuffer(current)) {
			found.push([path, current.toString('utf8')]);
			continue;
		}
		for (const [key, child] of childrenOf(current)) {
			const childPath = paths ? `${path}.${key}` : '';
			if (typeof child === 'string') found.push([childPath, child]);
			else if (child !== null && typeof child === 'object')
				stack.push([child, childPath, depth + 1]);
			if (typeof key === 'string') found.push([childPath, key]);
		}
	}
	return found;
}

/** An object's entries; for errors also the own non-enumerable ones (message, stack, cause). */
function childrenOf(object: object): Iterable<[string | number, unknown]> {
	if (Array.isArray(object)) return object.entries();
	if (object instanceof Map) return [...object.entries()].map(([k, v]) => [String(k), v]);
	if (!(object instanceof Error)) return Object.entries(object);
	const names = Object.getOwnPropertyNames(object);
	if (!names.includes('cause') && 'cause' in object) names.push('cause');
	return names.map((name) => [name, (object as unknown as Record<string, unknown>)[name]]);
}

/** Every string of `value` in one text, to search each spelling once. */
function allText(value: unknown, json: boolean): string {
	if (json) {
		try {
			return JSON.stringify(value) ?? '';
		} catch {
			// not plain JSON after all (a cycle, a BigInt): read it the slow way
		}
	}
	return stringsIn(value, false)
		.map(([, text]) => text)
		.join('\u0000');
}

const masked = (secret: string) =>
	`${secret.slice(0, 2)}…${secret.slice(-2)} (${secret.length} chars)`;

/** One line per leak found: where, and which secret (masked). Empty when nothing leaked. */
export function findSecretLeaks(secrets: string[], produced: ProducedTexts[]): string[] {
	const leaks: string[] = [];
	for (const { place, value, json } of produced) {
		const everything = allText(value, json === true);
		const leaked = secrets.flatMap((secret) =>
			spellings(secret)
				.filter((spelling) => everything.includes(spelling))
				.map((spelling) => [secret, spelling]),
		);
		if (leaked.length === 0) continue;
		for (const [path, text] of stringsIn(value, true)) {
			for (const [secret, spelling] of leaked) {
				if (text.includes(spelling)) leaks.push(`${place}${path}: ${masked(secret)}`);
			}
		}
	}
	return [...new Set(leaks)];
}

export class SecretLeakError extends Error {
	readonly name = 'SecretLeakError';
}

export function assertNoSecretLeak(secrets: string[], produced: ProducedTexts[]): void {
	const leaks = findSecretLeaks(secrets, produced);
	if (leaks.length > 0) {
		throw new SecretLeakError(`A secret leaked into what the run produced:\n${leaks.join('\n')}`);
	}
}
