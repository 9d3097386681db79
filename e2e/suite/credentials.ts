// The EXPLORE API credentials of the suite, one per simulator.
import { CredentialJson, CredentialRef, exploreCredential } from '../lib';
import type { SuiteSimulators } from './simulators';

/** The examples' placeholder: importing a credential with this id makes them run unchanged. */
export const MAIN_CREDENTIAL: CredentialRef = {
	id: 'exploreApiCredential',
	name: 'EXPLORE account',
};
export const SIGNED_CREDENTIAL: CredentialRef = {
	id: 'exploreSigned001',
	name: 'EXPLORE (signed requests)',
};
export const EXPIRY_CREDENTIAL: CredentialRef = {
	id: 'exploreExpiry001',
	name: 'EXPLORE (token expiry)',
};
export const TRIGGER_CREDENTIAL: CredentialRef = {
	id: 'exploreTrigger01',
	name: 'EXPLORE (trigger)',
};

export function suiteCredentials(simulators: SuiteSimulators): CredentialJson[] {
	return [
		exploreCredential(simulators.main, MAIN_CREDENTIAL),
		exploreCredential(simulators.signed, { ...SIGNED_CREDENTIAL, authentication: 'signature' }),
		exploreCredential(simulators.expiry, EXPIRY_CREDENTIAL),
		exploreCredential(simulators.trigger, TRIGGER_CREDENTIAL),
	];
}
