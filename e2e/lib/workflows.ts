/* eslint-disable */
// Workflows and credentials through n8n's CLI: import, activate, execute.
// Run these while no `n8n start` uses the same user folder (they share one sqlite file).
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { lastJsonDocument, withoutJsonDocuments } from './json-output';
import { N8nCommandError, N8nContext, runN8n } from './n8n-cli';
import { CommandResult } from './run-command';
import { scratchDir } from './user-folder';

/** A workflow as exported by n8n (only the fields the harness looks at are typed). */
export interface WorkflowJson {
	id?: string;
	name: string;
	nodes: Array<{ name: string; type: string; [key: string]: unknown }>;
	connections: Record<string, unknown>;
	[key: string]: unknown;
}

/** A credential for `n8n import:credentials`; `data` is plain and gets encrypted on import. */
export interface CredentialJson {
	id?: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
	[key: string]: unknown;
}

/** n8n's ids: 16 characters [0-9A-Za-z]. */
export function newN8nId(): string {
	const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
	return Array.from(randomBytes(16), (byte) => alphabet[byte % alphabet.length]).join('');
}

/**
 * Throws unless `id` looks like n8n's own ids (at most 16 letters and digits). n8n imports a
 * longer id without complaint, but 1.x then never saves the workflow's static data
 * (`isWorkflowIdValid`): a poll trigger forgets its state at every restart.
 */
export function assertN8nWorkflowId(id: string): void {
	if (!/^[0-9A-Za-z]{1,16}$/.test(id)) {
		throw new Error(`Workflow id "${id}" is not 1-16 letters and digits, as n8n ids are`);
	}
}

function writeScratchJson(context: N8nContext, stem: string, value: unknown): string {
	const file = path.join(scratchDir(context.userFolder), `${stem}-${newN8nId()}.json`);
	fs.writeFileSync(file, JSON.stringify(value, null, 2));
	return file;
}

/** Imports one workflow (inactive) and returns its id (the JSON's `id`, or a new one). */
export async function importWorkflow(context: N8nContext, workflow: WorkflowJson): Promise<string> {
	const id = workflow.id ?? newN8nId();
	assertN8nWorkflowId(id);
	const file = writeScratchJson(context, 'workflow', {
		active: false,
		settings: {},
		...workflow,
		id,
	});
	const result = await runN8n(context, ['import:workflow', `--input=${file}`]);
	if (!/Successfully imported 1 workflow/.test(result.stdout + result.stderr)) {
		throw new N8nCommandError(`Workflow "${workflow.name}" was not imported`, result);
	}
	return id;
}

/**
 * Imports several workflows (inactive) with one `import:workflow` (one n8n boot instead of one
 * per workflow) and returns their ids, in order.
 */
export async function importWorkflows(
	context: N8nContext,
	workflows: WorkflowJson[],
): Promise<string[]> {
	const withIds = workflows.map((workflow) => ({
		active: false,
		settings: {},
		...workflow,
		id: workflow.id ?? newN8nId(),
	}));
	withIds.forEach((workflow) => assertN8nWorkflowId(workflow.id));
	const file = writeScratchJson(context, 'workflows', withIds);
	const result = await runN8n(context, ['import:workflow', `--input=${file}`]);
	const imported = new RegExp(`Successfully imported ${withIds.length} workflows?`);
	if (!imported.test(result.stdout + result.stderr)) {
		throw new N8nCommandError(`Not all ${withIds.length} workflows were imported`, result);
	}
	return withIds.map((workflow) => workflow.id);
}

/** Imports credentials (data encrypted with the harness key) and returns their ids, in order. */
export async function importCredentials(
	context: N8nContext,
	credentials: CredentialJson[],
): Promise<string[]> {
	const withIds = credentials.map((credential) => ({
		...credential,
		id: credential.id ?? newN8nId(),
	}));
	const file = writeScratchJson(context, 'credentials', withIds);
	await runN8n(context, ['import:credentials', `--input=${file}`]);
	return withIds.map((credential) => credential.id);
}

/**
 * Marks a workflow active so its triggers run on the next `n8n start`
 * (2.x: `publish:workflow`, 1.x: `update:workflow --active=true`).
 */
export async function activate(context: N8nContext, workflowId: string): Promise<void> {
	await runN8n(context, context.install.definition.activateArgs(workflowId));
}

/** What `n8n execute` returns: n8n's IRun (typed loosely, it differs between lines). */
export interface WorkflowRun {
	status?: string;
	finished?: boolean;
	mode?: string;
	data: {
		resultData: {
			runData: Record<
				string,
				Array<{
					data?: { main?: Array<Array<{ json: any }> | null> };
					error?: any;
					[key: string]: unknown;
				}>
			>;
			error?: { message?: string; description?: string; [key: string]: unknown };
			lastNodeExecuted?: string;
		};
	};
	[key: string]: unknown;
}

export interface ExecutionResult {
	/** true when the workflow finished without an error. */
	ok: boolean;
	run: WorkflowRun;
	/** The workflow's error (its message and description), if any. */
	error?: { message?: string; description?: string; [key: string]: unknown };
	/** `json` of the items a node emitted on the given output (default 0) in its last run. */
	nodeOutput(nodeName: string, outputIndex?: number): any[];
	command: CommandResult;
}

export interface ExecuteOptions {
	/** Resolve with ok=false instead of throwing when the workflow fails. */
	allowFailure?: boolean;
	timeoutMs?: number;
	env?: Record<string, string>;
}

const isRun = (value: unknown): boolean =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as any).data?.resultData === 'object';

/**
 * Runs a workflow once via `n8n execute --id --rawOutput` (its start node must be a
 * Manual Trigger or an Execute Workflow Trigger) and returns the parsed run.
 * Throws N8nCommandError (with the log tail) if the workflow fails, unless allowFailure.
 */
export async function executeWorkflow(
	context: N8nContext,
	workflowId: string,
	options: ExecuteOptions = {},
): Promise<ExecutionResult> {
	const command = await runN8n(context, ['execute', `--id=${workflowId}`, '--rawOutput'], {
		allowFailure: true,
		timeoutMs: options.timeoutMs,
		env: options.env,
	});
	const logs = withoutJsonDocuments(command.output);
	const run =
		lastJsonDocument<WorkflowRun>(command.stdout, isRun) ??
		lastJsonDocument<WorkflowRun>(command.stderr, isRun);
	if (!run)
		throw new N8nCommandError(`n8n execute --id=${workflowId} printed no run data`, command, logs);
	const error = run.data.resultData.error;
	// Judge by the run, not the exit code: on 2.x the isolated-vm expression engine often
	// makes n8n die with SIGSEGV at exit, after the run was printed and saved.
	const ok =
		!error && (run.status === undefined ? command.exitCode === 0 : run.status === 'success');
	if (!ok && !options.allowFailure) {
		throw new N8nCommandError(
			`Workflow ${workflowId} failed: ${describeError(run, command.exitCode)}`,
			command,
			logs,
		);
	}
	return {
		ok,
		run,
		error,
		command,
		nodeOutput: (nodeName, outputIndex = 0) => nodeItems(run, nodeName, outputIndex),
	};
}

/** "message (description) in node X" for a failed run. */
export function describeError(run: WorkflowRun, exitCode: number | null = null): string {
	const error = run.data.resultData.error;
	if (!error) return `no error in the run data, exit ${exitCode}`;
	const node =
		(error.node as { name?: string } | undefined)?.name ?? run.data.resultData.lastNodeExecuted;
	return `${error.message ?? 'error'}${error.description ? ` (${error.description})` : ''}${node ? ` in node "${node}"` : ''}`;
}

export function nodeItems(run: WorkflowRun, nodeName: string, outputIndex = 0): any[] {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs?.length)
		throw new Error(
			`Node "${nodeName}" did not run (ran: ${Object.keys(run.data.resultData.runData).join(', ')})`,
		);
	const items = runs[runs.length - 1].data?.main?.[outputIndex] ?? [];
	return items.map((item) => item.json);
}
