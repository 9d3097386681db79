// Times the slow steps of a line's run and prints each as it ends (stderr, streams under jest).
import { progress } from '../lib/progress';

export class StepTimer {
	readonly steps: Array<{ label: string; seconds: number }> = [];

	constructor(private readonly prefix: string) {}

	async time<T>(label: string, step: () => Promise<T>): Promise<T> {
		const started = Date.now();
		try {
			return await step();
		} finally {
			const seconds = (Date.now() - started) / 1000;
			this.steps.push({ label, seconds });
			progress(`${this.prefix} ${label}: ${seconds.toFixed(1)} s`);
		}
	}

	summary(): string {
		const total = this.steps.reduce((sum, step) => sum + step.seconds, 0);
		return `${this.prefix} timed steps: ${this.steps.map((s) => `${s.label} ${s.seconds.toFixed(1)} s`).join(', ')}; total ${total.toFixed(1)} s`;
	}
}
