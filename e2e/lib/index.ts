// Public API of the e2e harness: a real n8n from npm running our packed package headless.
export { ALL_LINES, lineDefinition } from './lines';
export type { LineDefinition, N8nLine } from './lines';
export { cacheRoot, ensureN8n, installLocation, isInstalled } from './install-n8n';
export type { N8nInstall } from './install-n8n';
export { createUserFolder, removeUserFolder } from './user-folder';
export { installPackageTarball } from './community-package';
export type { InstalledPackage } from './community-package';
export {
	THROWAWAY_NODE_TYPE,
	THROWAWAY_PACKAGE,
	THROWAWAY_TRIGGER_TYPE,
	buildThrowawayPackage,
} from './throwaway-package';
export { E2E_ENCRYPTION_KEY, n8nEnv } from './n8n-env';
export { N8nCommandError, runN8n } from './n8n-cli';
export type { N8nContext, N8nRunOptions } from './n8n-cli';
export { listLoadedNodes } from './loaded-nodes';
export type { LoadedNodeType } from './loaded-nodes';
export {
	activate,
	executeWorkflow,
	importCredentials,
	importWorkflow,
	importWorkflows,
	newN8nId,
	nodeItems,
} from './workflows';
export type {
	CredentialJson,
	ExecuteOptions,
	ExecutionResult,
	WorkflowJson,
	WorkflowRun,
} from './workflows';
export { executeWorkflows } from './execute-batch';
export type { BatchExecution, BatchOptions, BatchResult } from './execute-batch';
export { exploreTarball, packExplorePackage, TARBALL_ENV } from './package-tarball';
export {
	buildWorkflow,
	codeItems,
	connect,
	manualTrigger,
	MANUAL_TRIGGER_TYPE,
} from './build-workflow';
export type { NodeSpec, WorkflowSpec } from './build-workflow';
export { outboundFields } from './outbound-fields';
export type { OutboundField } from './outbound-fields';
export {
	EXPLORE_NODE_TYPE,
	EXPLORE_TRIGGER_TYPE,
	STAND_IN_TRIGGER_NAME,
	sinkNameFor,
	toSinkCopy,
} from './sink-copy';
export type { SinkCopy, SinkCopyOptions } from './sink-copy';
export {
	EXPLORE_CREDENTIAL_TYPE,
	exploreCredential,
	exploreCredentialRef,
} from './explore-credential';
export type { CredentialRef, ExploreCredentialOptions } from './explore-credential';
export { matchingTotal } from './simulator-oracle';
export { packageLoadProblems } from './load-problems';
export { waitUntil } from './wait-until';
export type { WaitOptions } from './wait-until';
export { startN8n } from './n8n-server';
export type { N8nServer, StartOptions } from './n8n-server';
export { E2E_OWNER, N8nRestClient, N8nRestError, ownerSetupAndLogin } from './rest-client';
export type { ExecutionSummary } from './rest-client';
export { N8nSession, withN8nSession } from './session';
export type { SessionOptions } from './session';
export { CommandError } from './run-command';
export type { CommandResult } from './run-command';
export { FAST_CRASH_DETECTION_ENV, QueueModeN8n, queueModeEnv } from './queue-mode';
export type { N8nWorker } from './n8n-server';
