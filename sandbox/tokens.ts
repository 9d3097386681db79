import { randomBytes } from 'crypto';

/** Opaque Bearer tokens with an expiry read from the simulator clock. */
export class TokenStore {
	private readonly expiries = new Map<string, number>();

	issue(nowMs: number, ttlSeconds: number): string {
		this.forgetExpired(nowMs);
		const token = randomBytes(32).toString('base64url');
		this.expiries.set(token, nowMs + ttlSeconds * 1000);
		return token;
	}

	isValid(token: string, nowMs: number): boolean {
		const expiresAt = this.expiries.get(token);
		return expiresAt !== undefined && nowMs < expiresAt;
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
