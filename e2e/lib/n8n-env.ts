/* eslint-disable */
// The environment every n8n process of the harness gets: an isolated user folder, a fixed
// encryption key, nothing phoning home, and only loopback addresses.
import * as path from 'path';
import { N8nInstall } from './install-n8n';

/** Fixed, so credentials imported by one command are readable by the next. Test-only secret. */
export const E2E_ENCRYPTION_KEY = 'n8n-nodes-explore-e2e-encryption-key';

/** Any URL n8n might call home with points here: port 9 on loopback refuses at once. */
const NOWHERE = 'http://127.0.0.1:9';

const QUIET_AND_LOCAL: Record<string, string> = {
	NODE_ENV: 'production',
	N8N_ENCRYPTION_KEY: E2E_ENCRYPTION_KEY,
	N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
	N8N_LOG_OUTPUT: 'console',
	// no telemetry, banners, templates, update checks, AI or license server
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
	N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
	N8N_DIAGNOSTICS_POSTHOG_API_HOST: NOWHERE,
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENDPOINT: `${NOWHERE}/`,
	N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENDPOINT: `${NOWHERE}/`,
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_TEMPLATES_HOST: `${NOWHERE}/`,
	N8N_HIRING_BANNER_ENABLED: 'false',
	N8N_DYNAMIC_BANNERS_ENABLED: 'false',
	N8N_DYNAMIC_BANNERS_ENDPOINT: `${NOWHERE}/`,
	N8N_AI_ENABLED: 'false',
	N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
	N8N_LICENSE_SERVER_URL: `${NOWHERE}/`,
	N8N_VERIFIED_PACKAGES_ENABLED: 'false',
	N8N_REINSTALL_MISSING_PACKAGES: 'false',
	N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
	EXTERNAL_FRONTEND_HOOKS_URLS: '',
	N8N_METRICS: 'false',
	// loopback only
	N8N_LISTEN_ADDRESS: '127.0.0.1',
	N8N_HOST: '127.0.0.1',
	N8N_PROTOCOL: 'http',
	N8N_SECURE_COOKIE: 'false',
	N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
};

/** Variables of the calling process worth keeping (no NODE_OPTIONS, NODE_ENV=test, etc. from jest). */
const INHERITED = ['HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ'];

export interface N8nEnvOptions {
	/** Port of the task broker every n8n process starts; must be unique among running processes. */
	brokerPort: number;
	/** Extra variables (win over the defaults), e.g. N8N_LOG_LEVEL or feature flags. */
	extra?: Record<string, string>;
}

export function n8nEnv(
	install: N8nInstall,
	userFolder: string,
	options: N8nEnvOptions,
): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const name of INHERITED) if (process.env[name] !== undefined) env[name] = process.env[name];
	return {
		...env,
		// the pinned Node first, so anything n8n spawns with "node" uses it too
		PATH: [path.dirname(install.nodeBin), process.env.PATH ?? '/usr/bin:/bin'].join(path.delimiter),
		...QUIET_AND_LOCAL,
		...install.definition.env,
		N8N_USER_FOLDER: userFolder,
		N8N_RUNNERS_BROKER_PORT: String(options.brokerPort),
		...options.extra,
	};
}
