// The figures the queue-mode suite prints at the end: one row per scenario.
type Row = Record<string, string | number>;

export class QueueFigures {
	private readonly rows: Array<[string, Row]> = [];

	add(scenario: string, row: Row): void {
		this.rows.push([scenario, row]);
	}

	table(): string {
		const columns = [...new Set(this.rows.flatMap(([, row]) => Object.keys(row)))];
		const lines = [
			['scenario', ...columns],
			...this.rows.map(([scenario, row]) => [scenario, ...columns.map((column) => String(row[column] ?? ''))]),
		];
		return `\nQueue mode figures\n${lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n')}\n`;
	}
}
