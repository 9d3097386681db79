import { ExternalSecretsProxy } from 'n8n-core';
import type { ExecutionLifecycleHooks } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INode,
	INodeCredentials,
	INodeParameters,
	INodeType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { ExploreApi } from '../../credentials/ExploreApi.credentials';
import { CredentialStore } from './credentialStore';
import { CredentialTypeRegistry } from './credentialTypes';
import { HarnessCredentialsHelper } from './credentialsHelper';
import { ensureN8nRuntime } from './n8nRuntime';
import type { N8nRuntime } from './n8nRuntime';
import { defaultVersionOf, NodeTypeRegistry } from './nodeTypes';
import type { NodeClass } from './nodeTypes';

/** Options shared by `runNode` and `runPoll`. */
export interface SingleNodeOptions {
	/** The node's parameters as the editor saves them; missing ones get their defaults. */
	parameters?: INodeParameters;
	/**
	 * A `CredentialStore` (reuse one across runs to keep the cached token), or the data of the
	 * node's first declared credential type, saved into a new store.
	 */
	credentials?: CredentialStore | ICredentialDataDecryptedObject;
	/** Credential classes the run knows. Default: our `ExploreApi`. */
	credentialTypes?: ICredentialType[];
	/** The workflow's timezone setting. Default: n8n's default timezone. */
	timezone?: string;
	/** Default: the version the editor gives a new node. */
	typeVersion?: number;
}

export interface SingleNodeWorkflow {
	runtime: N8nRuntime;
	workflow: Workflow;
	node: INode;
	nodeType: INodeType;
	credentialStore: CredentialStore;
	credentialsHelper: HarnessCredentialsHelper;
}

const N8N_URL = 'http://localhost:5678';
let executionCounter = 0;

function toStore(
	credentials: SingleNodeOptions['credentials'],
	declaredTypes: string[],
): CredentialStore {
	if (credentials instanceof CredentialStore) return credentials;
	const store = new CredentialStore();
	if (credentials === undefined) return store;
	if (declaredTypes.length === 0) {
		throw new Error('Credentials were given, but the node declares no credential type');
	}
	return store.set(declaredTypes[0], credentials);
}

/**
 * A real n8n `Workflow` holding one node of the given class, with the credentials the node
 * declares attached when the store has them (as the editor saves `node.credentials`).
 */
export function createSingleNodeWorkflow(
	NodeClass: NodeClass,
	options: SingleNodeOptions,
	workflowOptions: { active: boolean; nodeStaticData?: IDataObject },
): SingleNodeWorkflow {
	const runtime = ensureN8nRuntime();
	const nodeTypes = new NodeTypeRegistry();
	const instance = new NodeClass();
	const typeName = nodeTypes.register(instance);
	const typeVersion = options.typeVersion ?? defaultVersionOf(instance);
	const nodeType = nodeTypes.getByNameAndVersion(typeName, typeVersion);
	const { description } = nodeType;

	const declaredTypes = (description.credentials ?? []).map(({ name }) => name);
	const credentialStore = toStore(options.credentials, declaredTypes);
	const nodeCredentials: INodeCredentials = {};
	for (const type of declaredTypes) {
		if (credentialStore.has(type)) nodeCredentials[type] = credentialStore.details(type);
	}

	const nodeName = description.defaults.name ?? description.displayName;
	const node: INode = {
		id: 'harness-node-1',
		name: nodeName,
		type: typeName,
		typeVersion,
		position: [0, 0],
		parameters: options.parameters ?? {},
		credentials: nodeCredentials,
	};
	const staticData = workflowOptions.nodeStaticData
		? { [`node:${nodeName}`]: JSON.parse(JSON.stringify(workflowOptions.nodeStaticData)) }
		: {};
	const workflow = new Workflow({
		id: 'harness-workflow-1',
		name: 'Harness workflow',
		nodes: [node],
		connections: {},
		active: workflowOptions.active,
		nodeTypes,
		staticData,
		settings: options.timezone ? { timezone: options.timezone } : {},
	});

	const credentialTypes = new CredentialTypeRegistry(options.credentialTypes ?? [new ExploreApi()]);
	const credentialsHelper = new HarnessCredentialsHelper(credentialTypes, credentialStore);
	return {
		runtime,
		workflow,
		// The Workflow constructor filled in the parameter defaults: use its copy of the node.
		node: workflow.getNode(nodeName) as INode,
		nodeType,
		credentialStore,
		credentialsHelper,
	};
}

export function nextExecutionId(): string {
	executionCounter += 1;
	return `harness-execution-${executionCounter}`;
}

/**
 * What the CLI's `WorkflowExecuteAdditionalData.getBase()` provides, reduced to what a community
 * node can reach. Sub-workflows, the Code-node task runner and AI telemetry are not available.
 */
export function createAdditionalData(
	setup: SingleNodeWorkflow,
	executionId: string,
	hooks?: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	const unavailable = (what: string) => async () => {
		throw new Error(`${what} is not available in the test harness`);
	};
	const additionalData: IWorkflowExecuteAdditionalData = {
		credentialsHelper: setup.credentialsHelper,
		executionId,
		workflowId: setup.workflow.id,
		hooks,
		externalSecretsProxy: new ExternalSecretsProxy(),
		currentNodeExecutionIndex: 0,
		restApiUrl: `${N8N_URL}/rest`,
		instanceBaseUrl: `${N8N_URL}/`,
		formBaseUrl: `${N8N_URL}/form`,
		formWaitingBaseUrl: `${N8N_URL}/form-waiting`,
		formTestBaseUrl: `${N8N_URL}/form-test`,
		webhookBaseUrl: `${N8N_URL}/webhook`,
		webhookWaitingBaseUrl: `${N8N_URL}/webhook-waiting`,
		webhookTestBaseUrl: `${N8N_URL}/webhook-test`,
		mcpBaseUrl: `${N8N_URL}/mcp`,
		mcpTestBaseUrl: `${N8N_URL}/mcp-test`,
		variables: {},
		executeWorkflow: unavailable('Executing a sub-workflow'),
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: unavailable('The Code node task runner'),
	};
	return additionalData;
}
