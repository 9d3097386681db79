// Spec: no key, token or signature in anything n8n wrote during the line's run.
import { secretLeaksInFolders } from '../../lib/secret-scan';
import type { LineFixture } from '../line-fixture';

export function describeSecretHygiene(suite: () => LineFixture): void {
	describe('secrets', () => {
		it('appear in no log, event log, run snapshot or stored execution of the whole run', () => {
			const simulators = Object.values(suite().simulators);
			const secrets = simulators.flatMap((simulator) => simulator.issuedSecrets());
			const keys = simulators.length * 2;

			expect(secrets.length).toBeGreaterThan(keys); // tokens and signatures, not only the keys
			expect(secretLeaksInFolders([suite().session.userFolder], secrets)).toEqual([]);
		});
	});
}
