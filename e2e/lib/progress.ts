/* eslint-disable */
// Progress lines for slow steps. Written straight to stderr so they stream even under jest.
export function progress(message: string): void {
	if (process.env.N8N_E2E_QUIET) return;
	process.stderr.write(`[e2e ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
