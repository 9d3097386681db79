/**
 * The simulator's clock: it runs with real time but can be set or moved forward, so tests can
 * expire tokens, change the signed mode's day, or date new flags without waiting.
 */
export class SimulatorClock {
	private offsetMs: number;

	constructor(private readonly startMs: number) {
		this.offsetMs = startMs - Date.now();
	}

	now(): number {
		return Date.now() + this.offsetMs;
	}

	set(instantMs: number): void {
		this.offsetMs = instantMs - Date.now();
	}

	advance(durationMs: number): void {
		this.offsetMs += durationMs;
	}

	reset(): void {
		this.offsetMs = this.startMs - Date.now();
	}
}
