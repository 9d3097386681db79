import { FLAG_FIELDS } from '../../nodes/Explore/endpoints';
import { formatParisDateTime } from '../parisTime';
import { COLLABORATOR_EMAILS } from './collaborators';
import { EXTRA_DATA_SAMPLES, FLAG_STATUSES } from './projectVocabulary';
import type { SeededRandom } from './seededRandom';

export type ApiRecord = Record<string, unknown>;

/** Who flagged a record and when: the simulator's own bookkeeping, shown in the ACTION block. */
export interface FlagInfo {
	flaggedAtMs: number;
	email: string;
}

/**
 * The documented `Action` type (EMAIL_TAG, STATUT, AFFECTATION_EMAILS, DONNEES_COMPLEMENTAIRES).
 * INVENTED: the fields of Email ({EMAIL}) and DonneeComplementaire ({LIBELLE, VALEUR}), the
 * STATUT values, and the flag date (DATE_TAG).
 */
export function flagBlock(random: SeededRandom, flag: FlagInfo): ApiRecord {
	const assignees = random
		.shuffled(COLLABORATOR_EMAILS)
		.slice(0, random.int(0, 2))
		.map((email) => ({ EMAIL: email }));
	const extraData = random.chance(0.5)
		? random.shuffled(EXTRA_DATA_SAMPLES).slice(0, random.int(1, 2))
		: [];
	return {
		[FLAG_FIELDS.flaggedBy]: flag.email,
		[FLAG_FIELDS.status]: random.pick(FLAG_STATUSES),
		[FLAG_FIELDS.assignedTo]: assignees,
		DONNEES_COMPLEMENTAIRES: extraData.map((entry) => ({ ...entry })),
		[FLAG_FIELDS.flaggedAt]: formatParisDateTime(flag.flaggedAtMs),
	};
}

/** Record ids grow with the index (the API sorts by flag date then id) but are not consecutive. */
export function recordIdFor(
	seedKey: number,
	idBase: number,
	index: number,
	spacing: number,
): number {
	return idBase + index * spacing + ((Math.imul(seedKey ^ index, 0x9e3779b1) >>> 0) % spacing);
}
