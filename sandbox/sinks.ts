/** Named mailboxes where example workflows post their output, for e2e checks. */
export class SinkStore {
	private readonly sinks = new Map<string, unknown[]>();

	store(name: string, body: unknown): number {
		const items = this.sinks.get(name) ?? [];
		items.push(body);
		this.sinks.set(name, items);
		return items.length;
	}

	items(name: string): unknown[] {
		return [...(this.sinks.get(name) ?? [])];
	}

	clear(name?: string): void {
		if (name === undefined) this.sinks.clear();
		else this.sinks.delete(name);
	}
}
