/**
 * Deterministic pseudo-random numbers. Every record is computed from (seed, stream, index) alone,
 * so record i can be produced without producing records 0..i-1.
 */

/** FNV-1a, 32 bits: turns a seed or stream name into a number. */
export function hashText(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** Mixes numbers into one well-spread 32-bit key (murmur3 finaliser after each step). */
export function mixKeys(...keys: number[]): number {
	let hash = 0x9e3779b9;
	for (const key of keys) {
		hash = Math.imul(hash ^ (key >>> 0), 0x85ebca6b);
		hash ^= Math.floor(key / 0x100000000);
		hash ^= hash >>> 13;
		hash = Math.imul(hash, 0xc2b2ae35);
		hash ^= hash >>> 16;
	}
	return hash >>> 0;
}

/** A uniform number in [0, 1) fixed by the keys, without building a generator. */
export function unitFloat(...keys: number[]): number {
	return mixKeys(...keys) / 0x100000000;
}

export class SeededRandom {
	private state: number;

	constructor(...keys: number[]) {
		this.state = mixKeys(...keys);
	}

	/** Mulberry32. */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
	}

	/** An integer in [min, max], both inclusive. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}

	/** Picks by weight; each item carries its own `weight`. */
	pickWeighted<T extends { weight: number }>(items: readonly T[]): T {
		const total = items.reduce((sum, item) => sum + item.weight, 0);
		let ticket = this.next() * total;
		for (const item of items) {
			ticket -= item.weight;
			if (ticket < 0) return item;
		}
		return items[items.length - 1];
	}

	digits(count: number): string {
		let text = '';
		for (let i = 0; i < count; i++) text += String(this.int(0, 9));
		return text;
	}

	shuffled<T>(items: readonly T[]): T[] {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[copy[i], copy[j]] = [copy[j], copy[i]];
		}
		return copy;
	}
}
