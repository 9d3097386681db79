/** A control request the simulator cannot apply: answered 400 over HTTP, thrown from code. */
export class ControlInputError extends Error {}

export function requireInteger(name: string, value: unknown, min: number, max: number): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		throw new ControlInputError(`${name} must be an integer from ${min} to ${max}`);
	}
	return value;
}
