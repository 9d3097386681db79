/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a benchmark script run by Node, never shipped */
/** The middle value (the upper middle one of an even count). */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time of several runs of the same job, in milliseconds. */
export async function medianMs(runs: number, job: () => Promise<unknown>): Promise<number> {
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		const start = process.hrtime.bigint();
		await job();
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	return median(times);
}

export function table(
	title: string,
	header: string[],
	rows: Array<Array<string | number>>,
): string {
	const cells = [header, ...rows.map((row) => row.map(String))];
	const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
	const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
	return [
		`\n${title}`,
		line(header),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...cells.slice(1).map(line),
	].join('\n');
}

export const ms = (value: number) => `${value.toFixed(0)} ms`;
export const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
