/* eslint-disable @n8n/community-nodes/no-restricted-imports --
 * test code, never shipped: the n8n Cloud rules for node code do not apply */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { InstanceSettings } from 'n8n-core';
import { LoggerProxy } from 'n8n-workflow';

import { RecordingLogger } from './logRecorder';

/**
 * The minimum dependency-injection setup n8n-core 2.41 needs to run nodes outside the n8n CLI.
 *
 * n8n-core resolves its services from the `Container` of ITS OWN copy of @n8n/di (0.17). The copy
 * hoisted to node_modules/@n8n/di comes from @n8n/node-cli and is another version (0.16), so a
 * plain `import { Container } from '@n8n/di'` would configure a container n8n-core never reads.
 * `fromCore` therefore loads @n8n/di, @n8n/backend-common and @n8n/config from n8n-core's own
 * dependency tree, through jest's `require`, so we get the very module instances n8n-core uses.
 *
 * Registered, and why:
 * - `Logger` (@n8n/backend-common): node contexts (`this.logger`), OutboundHttp, ErrorReporter
 *   and PollTriggerExecutor take it from the container. Ours records the entries so tests can
 *   scan them. n8n-workflow's `LoggerProxy` (used by WorkflowExecute) gets the same logger.
 * - `InstanceSettings`: every node context resolves it in its constructor, and its constructor
 *   reads or writes `<n8nFolder>/config` (the encryption key). We build it on a temporary folder
 *   with a fixed key, so nothing touches ~/.n8n.
 * - `SsrfProtectionConfig.enabled = false`: n8n's default, pinned so an N8N_SSRF_PROTECTION_ENABLED
 *   in the environment cannot block the test servers on 127.0.0.1.
 * Everything else used here (OutboundHttp for real HTTP, ErrorReporter, TriggersAndPollers,
 * PollTriggerExecutor, Tracing) the container builds from its defaults on first use.
 * Not set up: the encryption-key provider n8n-core's `Credentials`/`Cipher` need (the credential
 * store keeps plain data instead), binary-data storage, task runners, sub-workflows.
 */

type Token<T> = abstract new (...args: never[]) => T;

interface DiContainer {
	get<T>(token: Token<T>): T;
	set<T>(token: Token<T>, instance: T): void;
}

const coreDir = dirname(require.resolve('n8n-core/package.json'));

function fromCore<T>(moduleId: string): T {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return require(require.resolve(moduleId, { paths: [coreDir] })) as T;
}

export interface N8nRuntime {
	container: DiContainer;
	logger: RecordingLogger;
}

let runtime: N8nRuntime | undefined;

/** Sets up n8n-core's container once per jest module registry (once per test file). */
export function ensureN8nRuntime(): N8nRuntime {
	if (runtime) return runtime;

	const { Container } = fromCore<{ Container: DiContainer }>('@n8n/di');
	const { Logger } = fromCore<{ Logger: Token<unknown> }>('@n8n/backend-common');
	const { InstanceSettingsConfig, SsrfProtectionConfig } = fromCore<{
		InstanceSettingsConfig: new () => Record<string, unknown>;
		SsrfProtectionConfig: Token<{ enabled: boolean }>;
	}>('@n8n/config');

	const logger = new RecordingLogger();
	Container.set(Logger, logger);
	LoggerProxy.init(logger);

	Container.get(SsrfProtectionConfig).enabled = false;

	const n8nFolder = mkdtempSync(join(tmpdir(), 'n8n-harness-'));
	const settingsConfig = Object.assign(new InstanceSettingsConfig(), {
		n8nFolder,
		userHome: dirname(n8nFolder),
		// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- a throwaway test key
		encryptionKey: 'n8n-harness-test-encryption-key',
		enforceSettingsFilePermissions: false,
	});
	const InstanceSettingsClass = InstanceSettings as unknown as new (
		config: unknown,
		logger: unknown,
	) => InstanceSettings;
	Container.set(InstanceSettings, new InstanceSettingsClass(settingsConfig, logger));
	// Only the constructor reads or writes that folder (jest workers are killed, not exited, so
	// an exit hook would leave it behind).
	rmSync(n8nFolder, { recursive: true, force: true });

	runtime = { container: Container, logger };
	return runtime;
}
