import { randomBytes } from 'crypto';

const MAX_REMEMBERED = 100_000;

/** Opaque Bearer tokens with an expiry read from the simulator clock. */
export class TokenStore {
	private readonly expiries = new Map<string, number>();
	/** Every token ever issued, even expired or revoked: tests check none of them leaks. */
	private readonly everIssued = new Set<string>();

	issue(nowMs: number, ttlSeconds: number): string {
		this.forgetExpired(nowMs);
		const token = randomBytes(32).toString('base64url');
		this.expiries.set(token, nowMs + ttlSeconds * 1000);
		if (this.everIssued.size < MAX_REMEMBERED) this.everIssued.add(token);
		return token;
	}

	issuedTokens(): string[] {
		return [...this.everIssued];
	}

	isValid(token: string, nowMs: number): boolean {
		const expiresAt = this.expiries.get(token);
		return expiresAt !== undefined && nowMs < expiresAt;
	}

	/** Every token issued so far expires now, as if its lifetime were over; returns how many. */
	expireAll(nowMs: number): number {
		for (const token of this.expiries.keys()) this.expiries.set(token, nowMs);
		return this.expiries.size;
	}

	/** Every token issued so far stops working; returns how many were live. */
	revokeAll(): number {
		const count = this.expiries.size;
		this.expiries.clear();
		return count;
	}

	private forgetExpired(nowMs: number): void {
		for (const [token, expiresAt] of this.expiries) {
			if (expiresAt <= nowMs) this.expiries.delete(token);
		}
	}
}
