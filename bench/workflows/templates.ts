/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- a benchmark script run by Node, never shipped */
import * as fs from 'fs';
import * as path from 'path';

import type { WorkflowJson } from '../../e2e/lib';

/** Values for the `__NAME__` placeholders of a workflow file in this folder. */
export type Placeholders = Record<string, string | number | boolean>;

/**
 * A workflow of this folder with its placeholders filled in: a string that is exactly `__NAME__`
 * takes the value with its type (a page size stays a number), a longer string gets it spliced in.
 */
export function fillWorkflow(fileName: string, values: Placeholders): WorkflowJson {
	const template = JSON.parse(fs.readFileSync(path.join(__dirname, fileName), 'utf8')) as unknown;
	const fill = (value: unknown): unknown => {
		if (typeof value === 'string') return fillText(value, values);
		if (Array.isArray(value)) return value.map(fill);
		if (value !== null && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner)]));
		}
		return value;
	};
	return fill(template) as WorkflowJson;
}

function fillText(text: string, values: Placeholders): unknown {
	const whole = /^__([A-Z][A-Z_]*?)__$/.exec(text);
	if (whole) return valueOf(whole[1], values);
	return text.replace(/__([A-Z][A-Z_]*?)__/g, (_, name: string) => String(valueOf(name, values)));
}

function valueOf(name: string, values: Placeholders): string | number | boolean {
	if (!(name in values)) throw new Error(`No value for the workflow placeholder __${name}__`);
	return values[name];
}
