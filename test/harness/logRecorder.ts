// Test code, never shipped: the n8n Cloud import rule for nodes does not apply.
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { inspect } from 'node:util';

import type { Logger, LogMetadata } from 'n8n-workflow';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface LogEntry {
	level: LogLevel;
	message: string;
	metadata?: LogMetadata;
	/** Scopes given to `logger.scoped(...)`, when n8n code asked for a scoped logger. */
	scopes?: string[];
}

/**
 * A logger with the shape of n8n's Logger (@n8n/backend-common) that records every entry instead
 * of printing it. Registered in n8n-core's container, it is what nodes get as `this.logger`.
 */
export class RecordingLogger implements Logger {
	constructor(
		private readonly entries: LogEntry[] = [],
		private readonly scopes?: string[],
	) {}

	error(message: string, metadata?: LogMetadata) {
		this.record('error', message, metadata);
	}

	warn(message: string, metadata?: LogMetadata) {
		this.record('warn', message, metadata);
	}

	info(message: string, metadata?: LogMetadata) {
		this.record('info', message, metadata);
	}

	debug(message: string, metadata?: LogMetadata) {
		this.record('debug', message, metadata);
	}

	scoped(scopes: string | string[]): RecordingLogger {
		return new RecordingLogger(this.entries, [...(this.scopes ?? []), ...[scopes].flat()]);
	}

	/** Marks the current end of the log; `since(mark)` returns what was logged after it. */
	mark(): number {
		return this.entries.length;
	}

	since(mark: number): LogEntry[] {
		return this.entries.slice(mark);
	}

	private record(level: LogLevel, message: unknown, metadata?: LogMetadata) {
		const entry: LogEntry = { level, message: String(message) };
		if (metadata !== undefined) entry.metadata = metadata;
		if (this.scopes !== undefined) entry.scopes = this.scopes;
		this.entries.push(entry);
	}
}

/**
 * Everything in the entries as one string (messages, metadata, nested errors with their
 * messages and stacks), for asserting that no secret was logged.
 */
export function logsToText(entries: LogEntry[]): string {
	return entries
		.map((entry) => inspect(entry, { depth: 8, breakLength: Infinity, showHidden: false }))
		.join('\n');
}
