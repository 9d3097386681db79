/* eslint-disable */
// Installs the n8n lines the e2e suite runs against before any test starts.
import { ensureN8n } from './lib';

export default async function globalSetup(): Promise<void> {
	const lines = (process.env.N8N_E2E_LINES ?? '2,1')
		.split(',')
		.map((line) => line.trim())
		.filter(Boolean);
	for (const line of lines) await ensureN8n(line);
}
