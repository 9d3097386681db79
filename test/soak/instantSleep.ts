/**
 * Outside jest there is no `jest.mock`: n8n's `sleep` is swapped on the n8n-workflow module
 * itself, so the transport's retries and Retry-After waits cost no real time in a soak run.
 */
export function makeN8nSleepInstant(): void {
	// The module object every compiled import reads from (an `import *` gives a copy).
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const workflow = require('n8n-workflow') as object;
	Object.defineProperty(workflow, 'sleep', { value: async () => {}, configurable: true });
}
