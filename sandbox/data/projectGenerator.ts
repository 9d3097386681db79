import { FLAG_FIELDS } from '../../nodes/Explore/endpoints';
import { parisDateShifted, parisDayNumber } from '../parisTime';
import type { ApiRecord, FlagInfo } from './flagBlock';
import { flagBlock, recordIdFor } from './flagBlock';
import type { FrenchPlace } from './frenchPlaces';
import { FRENCH_PLACES, STREET_NAMES } from './frenchPlaces';
import { FAMILY_NAMES } from './companyVocabulary';
import type { ProjectTemplate } from './projectVocabulary';
import {
	PRIVATE_OWNERS,
	PROJECT_TEMPLATES,
	PUBLIC_OWNERS,
	UPDATE_TYPES,
} from './projectVocabulary';
import { SeededRandom } from './seededRandom';

export interface ProjectRequest {
	seedKey: number;
	streamKey: number;
	index: number;
	idBase: number;
	/** The flag shown in ACTION; null for the projects listed inside an alert. */
	flag: FlagInfo | null;
	/** Dates are laid out around this instant (the flag or alert date). */
	referenceMs: number;
	/** An alert's projects share its place and theme. */
	focus?: { place: FrenchPlace; theme: string };
}

/** A `ProjetTag` (documented fields) with realistic French values. */
export function generateProject(request: ProjectRequest): ApiRecord {
	const random = new SeededRandom(request.seedKey, request.streamKey, request.index);
	const place = request.focus?.place ?? random.pick(FRENCH_PLACES);
	const template = pickTemplate(random, request.focus?.theme);
	const { title, surface } = template.describe(random, place.city);
	const isPublic = random.chance(template.publicShare);
	const id = String(recordIdFor(request.seedKey, request.idBase, request.index, 7));
	const costPerSquareMetre = random.int(...template.costPerSquareMetre);
	const publishedInDays = -random.int(2, 75);
	const startInDays = publishedInDays + random.int(45, 270);
	const reference = parisDayNumber(request.referenceMs);
	const tenderKey = isPublic ? `${random.int(23, 25)}-${random.digits(6)}` : null;

	return {
		[FLAG_FIELDS.block]: request.flag === null ? null : flagBlock(random, request.flag),
		ID_PROJET: id,
		TITRE: title,
		THEME: template.theme,
		SOUS_THEME: template.subTheme,
		SURFACE: random.chance(0.05) ? null : surface,
		MONTANT: random.chance(0.1) ? null : Math.round((surface * costPerSquareMetre) / 1000) * 1000,
		NB_POSTE: random.chance(0.3) ? null : random.int(1, 40),
		NB_LOT: isPublic ? random.int(1, 18) : null,
		DATE_PUBLICATION: parisDateShifted(reference, publishedInDays),
		DATE_DEBUT: parisDateShifted(reference, startInDays),
		DATE_FIN: parisDateShifted(reference, startInDays + random.int(6, 30) * 30),
		DATE_LIMITE_RECEPTION: isPublic
			? parisDateShifted(reference, publishedInDays + random.int(25, 45), '12:00:00')
			: null,
		DATE_VISITE:
			isPublic && random.chance(0.6)
				? parisDateShifted(reference, publishedInDays + random.int(8, 20), '10:00:00')
				: null,
		ADRESSE: random.chance(0.15) ? null : `${random.int(1, 180)} ${random.pick(STREET_NAMES)}`,
		CP: place.postCode,
		VILLE: place.city,
		DEPARTEMENT: place.department,
		URL_DETAIL: `https://explore.example/projets/${id}`, // INVENTED host and path
		CLE_PROJET: tenderKey,
		TYPE_MAJ: random.pick(UPDATE_TYPES),
		DCE: tenderKey === null ? null : `https://marches-publics.example/dce/${tenderKey}`, // INVENTED
		// INVENTED: which of the extra fields are filled, and with what.
		CHAMP_ADDITIONNEL_1: projectOwner(random, isPublic, template, place),
		CHAMP_ADDITIONNEL_2: isPublic ? 'Marché public' : 'Marché privé',
		CHAMP_ADDITIONNEL_3: null,
		CHAMP_ADDITIONNEL_4: null,
		CHAMP_ADDITIONNEL_5: null,
		CHAMP_ADDITIONNEL_6: null,
		CHAMP_ADDITIONNEL_7: null,
		CHAMP_ADDITIONNEL_8: null,
		CHAMP_ADDITIONNEL_9: null,
		CHAMP_ADDITIONNEL_10: null,
		CHAMP_ADDITIONNEL_11: null,
		CHAMP_ADDITIONNEL_12: null,
	};
}

function pickTemplate(random: SeededRandom, theme: string | undefined): ProjectTemplate {
	const candidates = PROJECT_TEMPLATES.filter(
		(template) => theme === undefined || template.theme === theme,
	);
	return random.pick(candidates.length > 0 ? candidates : PROJECT_TEMPLATES);
}

function projectOwner(
	random: SeededRandom,
	isPublic: boolean,
	template: ProjectTemplate,
	place: FrenchPlace,
): string {
	if (!isPublic) return `${random.pick(PRIVATE_OWNERS)} ${random.pick(FAMILY_NAMES)}`;
	if (template.subTheme === 'Logement social') return `${place.city} Habitat`;
	return `${random.pick(PUBLIC_OWNERS)} ${place.city}`;
}
