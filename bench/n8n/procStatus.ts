/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a benchmark script run by Node, never shipped */
import * as fs from 'fs';

/**
 * A memory figure of a running process from /proc/<pid>/status, in bytes: `VmHWM` is its peak
 * resident set since it started, `VmRSS` the current one. Linux only, nothing to install.
 */
export function procMemoryBytes(pid: number, field: 'VmHWM' | 'VmRSS'): number {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
	if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
	return Number(match[1]) * 1024;
}
