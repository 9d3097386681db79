/* eslint-disable */
// One test's n8n: an install + a fresh user folder (+ optionally our package), with every
// helper bound to it and a close() that stops whatever it started and deletes the folder.
import { InstalledPackage, installPackageTarball } from './community-package';
import { N8nInstall, ensureN8n } from './install-n8n';
import { N8nLine } from './lines';
import { LoadedNodeType, listLoadedNodes } from './loaded-nodes';
import { N8nContext } from './n8n-cli';
import { BackgroundProcess } from './background-process';
import { N8nServer, StartOptions, startN8n } from './n8n-server';
import { N8nRestClient, ownerSetupAndLogin } from './rest-client';
import { BatchOptions, BatchResult, executeWorkflows } from './execute-batch';
import { createUserFolder, removeUserFolder } from './user-folder';
import {
	CredentialJson,
	ExecuteOptions,
	ExecutionResult,
	WorkflowJson,
	activate,
	executeWorkflow,
	importCredentials,
	importWorkflow,
	importWorkflows,
} from './workflows';

export interface SessionOptions {
	line: N8nLine | string;
	/** Community package tarballs (npm pack output) to install before anything runs. */
	tarballs?: string[];
	/** Extra environment for every n8n process of the session. */
	env?: Record<string, string>;
	/** Keep the user folder after close() (also: N8N_E2E_KEEP=1), for debugging. */
	keepUserFolder?: boolean;
}

export class N8nSession implements N8nContext {
	private readonly processes = new Set<BackgroundProcess>();

	private constructor(
		readonly install: N8nInstall,
		readonly userFolder: string,
		readonly env: Record<string, string>,
		readonly installedPackages: InstalledPackage[],
		private readonly keepUserFolder: boolean,
	) {}

	/** Ensures n8n is installed (minutes on a cold cache), then prepares a fresh user folder. */
	static async open(options: SessionOptions): Promise<N8nSession> {
		const install = await ensureN8n(options.line);
		const userFolder = createUserFolder(`n8n-e2e-${install.line}-`);
		const keep = options.keepUserFolder ?? !!process.env.N8N_E2E_KEEP;
		try {
			const installed: InstalledPackage[] = [];
			for (const tarball of options.tarballs ?? [])
				installed.push(await installPackageTarball(userFolder, tarball));
			return new N8nSession(install, userFolder, options.env ?? {}, installed, keep);
		} catch (error) {
			if (!keep) removeUserFolder(userFolder);
			throw error;
		}
	}

	listLoadedNodes(prefix?: string): Promise<LoadedNodeType[]> {
		return listLoadedNodes(this, prefix);
	}

	importCredentials(credentials: CredentialJson[]): Promise<string[]> {
		return importCredentials(this, credentials);
	}

	importWorkflow(workflow: WorkflowJson): Promise<string> {
		return importWorkflow(this, workflow);
	}

	/** Several workflows in one `import:workflow`. */
	importWorkflows(workflows: WorkflowJson[]): Promise<string[]> {
		return importWorkflows(this, workflows);
	}

	activate(workflowId: string): Promise<void> {
		return activate(this, workflowId);
	}

	executeWorkflow(workflowId: string, options?: ExecuteOptions): Promise<ExecutionResult> {
		return executeWorkflow(this, workflowId, options);
	}

	/** Several workflows in one `n8n execute-batch`, one after the other. */
	executeWorkflows(workflowIds: string[], options?: BatchOptions): Promise<BatchResult> {
		return executeWorkflows(this, workflowIds, options);
	}

	/** `n8n start`; stopped by close() if not stopped before. Don't run CLI helpers while it runs. */
	async start(options?: StartOptions): Promise<N8nServer> {
		const server = await startN8n(this, options);
		this.processes.add(server);
		return server;
	}


	/** Owner setup + login on a started server (first call on this user folder only). */
	ownerSetupAndLogin(server: N8nServer): Promise<N8nRestClient> {
		return ownerSetupAndLogin(server, this.install);
	}

	async close(): Promise<void> {
		await Promise.allSettled([...this.processes].map((process) => process.stop()));
		this.processes.clear();
		if (!this.keepUserFolder) removeUserFolder(this.userFolder);
	}
}

/** Opens a session, runs `fn`, and always closes the session. */
export async function withN8nSession<T>(
	options: SessionOptions,
	fn: (session: N8nSession) => Promise<T>,
): Promise<T> {
	const session = await N8nSession.open(options);
	try {
		return await fn(session);
	} finally {
		await session.close();
	}
}
