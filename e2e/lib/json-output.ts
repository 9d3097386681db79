// Finds the JSON documents in command output that mixes log lines with JSON
// (`n8n execute --rawOutput` still logs before and after its JSON).

interface JsonSpan {
	value: unknown;
	start: number;
	end: number;
}

/** Every JSON object/array that starts at the beginning of a line, with its position. */
function jsonSpans(text: string): JsonSpan[] {
	const spans: JsonSpan[] = [];
	let index = 0;
	while (index < text.length) {
		const lineStart = index === 0 || text[index - 1] === '\n';
		const char = text[index];
		if (lineStart && (char === '{' || char === '[')) {
			const end = matchingClose(text, index);
			if (end !== -1) {
				try {
					spans.push({ value: JSON.parse(text.slice(index, end + 1)), start: index, end: end + 1 });
					index = end + 1;
					continue;
				} catch {
					// a log line that happens to start with a bracket
				}
			}
		}
		const nextLine = text.indexOf('\n', index);
		if (nextLine === -1) break;
		index = nextLine + 1;
	}
	return spans;
}

/** Every JSON object/array that starts at the beginning of a line, in order of appearance. */
export function extractJsonDocuments(text: string): unknown[] {
	return jsonSpans(text).map((span) => span.value);
}

/** The last JSON document in `text` accepted by `accept`, or undefined. */
export function lastJsonDocument<T>(
	text: string,
	accept: (value: unknown) => boolean,
): T | undefined {
	const found = extractJsonDocuments(text).filter(accept);
	return found[found.length - 1] as T | undefined;
}

/** `text` with its JSON documents replaced by a placeholder: the log lines around them. */
export function withoutJsonDocuments(text: string): string {
	let result = '';
	let from = 0;
	for (const span of jsonSpans(text)) {
		result += `${text.slice(from, span.start)}<JSON, ${span.end - span.start} chars>`;
		from = span.end;
	}
	return result + text.slice(from);
}

/** Index of the bracket closing the one at `start`, honouring strings; -1 if unbalanced. */
function matchingClose(text: string, start: number): number {
	let depth = 0;
	let inString = false;
	for (let i = start; i < text.length; i++) {
		const char = text[i];
		if (inString) {
			if (char === '\\') i++;
			else if (char === '"') inString = false;
			continue;
		}
		if (char === '"') inString = true;
		else if (char === '{' || char === '[') depth++;
		else if (char === '}' || char === ']') {
			depth--;
			if (depth === 0) return i;
		}
	}
	return -1;
}
