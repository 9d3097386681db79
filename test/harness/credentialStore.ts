import type { ICredentialDataDecryptedObject, INodeCredentialsDetails } from 'n8n-workflow';

/** One run of a credential type's `preAuthentication` (for our credential: one login). */
export interface PreAuthenticationCall {
	type: string;
	/** True when core called it after the API refused the cached token (the 401 retry path). */
	credentialsExpired: boolean;
}

interface StoredCredential {
	details: INodeCredentialsDetails;
	data: ICredentialDataDecryptedObject;
}

function copy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Stands in for n8n's credentials table: one saved credential per credential type, holding the
 * decrypted data as n8n would have it in the database (including the cached token that
 * `preAuthentication` returns). Reuse one store across runs to simulate later executions.
 */
export class CredentialStore {
	/** Every run of a credential type's `preAuthentication`, in order. */
	readonly preAuthenticationCalls: PreAuthenticationCall[] = [];

	/** Every token a login returned, even once replaced: the secret scan looks for them all. */
	private readonly loginTokens = new Set<string>();

	private readonly records = new Map<string, StoredCredential>();

	constructor(initial: Record<string, ICredentialDataDecryptedObject> = {}) {
		for (const [type, data] of Object.entries(initial)) this.set(type, data);
	}

	/** Saves (replaces) the credential of this type, as a user would in the editor. */
	set(type: string, data: ICredentialDataDecryptedObject, details?: INodeCredentialsDetails): this {
		const id = details?.id ?? String(this.records.size + 1);
		const name = details?.name ?? `${type} account`;
		this.records.set(type, { details: { id, name }, data: copy(data) });
		return this;
	}

	/** Changes some fields, e.g. `patch('exploreApi', { accessToken: 'expired' })` to seed a stale token. */
	patch(type: string, fields: ICredentialDataDecryptedObject): this {
		const record = this.record(type);
		record.data = { ...record.data, ...copy(fields) };
		return this;
	}

	has(type: string): boolean {
		return this.records.has(type);
	}

	types(): string[] {
		return [...this.records.keys()];
	}

	/** A copy of the stored data, as it is "in the database" now. */
	get(type: string): ICredentialDataDecryptedObject {
		return copy(this.record(type).data);
	}

	/** The `{ id, name }` a workflow node uses to reference this credential. */
	details(type: string): INodeCredentialsDetails {
		return { ...this.record(type).details };
	}

	/** How many times `preAuthentication` ran (for one type, or in total). */
	countPreAuthentications(type?: string): number {
		return this.preAuthenticationCalls.filter((call) => type === undefined || call.type === type)
			.length;
	}

	/** Used by the credentials helper, the way the CLI's `updateCredentials` writes the DB row. */
	write(type: string, data: ICredentialDataDecryptedObject): void {
		this.record(type).data = copy(data);
	}

	/** Used by the credentials helper to count logins. */
	recordPreAuthentication(call: PreAuthenticationCall): void {
		this.preAuthenticationCalls.push(call);
	}

	/** Used by the credentials helper: a token a login returned. */
	rememberLoginToken(token: string): void {
		this.loginTokens.add(token);
	}

	tokensFromLogins(): string[] {
		return [...this.loginTokens];
	}

	private record(type: string): StoredCredential {
		const record = this.records.get(type);
		if (!record) {
			throw new Error(
				`No "${type}" credential in the test credential store (it has: ${this.types().join(', ') || 'none'})`,
			);
		}
		return record;
	}
}
