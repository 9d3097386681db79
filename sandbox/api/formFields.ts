/**
 * Form fields looked up regardless of case, first value wins: ASP.NET binds form fields to
 * parameters that way, and a String parameter takes a single value.
 */
export class FormFields {
	/** The field names as the client spelled them. */
	readonly names: string[] = [];
	private readonly values = new Map<string, string>();

	constructor(encoded: string) {
		for (const [name, value] of new URLSearchParams(encoded)) {
			const key = name.toLowerCase();
			if (this.values.has(key)) continue;
			this.values.set(key, value);
			this.names.push(name);
		}
	}

	get(name: string): string | undefined {
		return this.values.get(name.toLowerCase());
	}
}
