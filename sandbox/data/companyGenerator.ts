import { FLAG_FIELDS } from '../../nodes/Explore/endpoints';
import type { ApiRecord, FlagInfo } from './flagBlock';
import { flagBlock, recordIdFor } from './flagBlock';
import type { FrenchPlace } from './frenchPlaces';
import { FICTIONAL_PHONE_BLOCKS, FRENCH_PLACES, STREET_NAMES } from './frenchPlaces';
import {
	FAMILY_NAMES,
	HEAD_OFFICE,
	LEGAL_FORMS,
	SECONDARY_ESTABLISHMENT,
	TRADE_ACTIVITIES,
	WORKFORCE_BANDS,
} from './companyVocabulary';
import type { TradeActivity } from './companyVocabulary';
import { randomSiren, siretFor } from './identifiers';
import { SeededRandom } from './seededRandom';

export interface CompanyRequest {
	seedKey: number;
	streamKey: number;
	index: number;
	idBase: number;
	flag: FlagInfo;
}

/** A `SocieteTag` (documented fields) for a building-trade establishment. */
export function generateCompany(request: CompanyRequest): ApiRecord {
	const random = new SeededRandom(request.seedKey, request.streamKey, request.index);
	const place = random.pick(FRENCH_PLACES);
	const activity = random.pickWeighted(TRADE_ACTIVITIES);
	const legalForm = random.pickWeighted(LEGAL_FORMS);
	const isHeadOffice = random.chance(0.7);
	const siren = randomSiren(random);
	const totalBand = WORKFORCE_BANDS.indexOf(random.pickWeighted(WORKFORCE_BANDS));
	const siteBand = isHeadOffice ? totalBand : random.int(0, totalBand);
	const name = companyName(random, activity, place);
	const slug = name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	const revenue = WORKFORCE_BANDS[totalBand].headcount * random.int(90, 180) * 1000;

	return {
		IDENTIFIANT_SOCIETE_EXPLORE: recordIdFor(request.seedKey, request.idBase, request.index, 7),
		SIREN: siren,
		SIRET: siretFor(siren, random, isHeadOffice),
		RAISON_SOCIALE: name,
		L4_VOIE: `${random.int(1, 120)} ${inseeUpperCase(random.pick(STREET_NAMES))}`,
		VILLE: place.city,
		CODE_INSEE_5: place.inseeCode,
		CODENAF: activity.naf,
		EFFECTIF_SITE: WORKFORCE_BANDS[siteBand].label,
		EFFECTIF_TOTAL: WORKFORCE_BANDS[totalBand].label,
		CA: random.chance(0.15) ? null : String(revenue),
		SIEGE: isHeadOffice ? 'Oui' : 'Non', // INVENTED value format
		CP: place.postCode,
		COMMUNE: inseeUpperCase(place.city),
		NAF: activity.naf,
		LIBNAF: activity.label,
		FORME_J: legalForm.code,
		LIB_FORME_J: legalForm.label,
		LIEN_LINKEDIN: random.chance(0.45) ? `https://www.linkedin.com/company/${slug}` : null,
		LIEN_TWITTER: random.chance(0.12) ? `https://twitter.com/${slug.replace(/-/g, '')}` : null,
		LIEN_WEB: random.chance(0.6) ? `https://www.${slug}.example` : null, // fictional domain
		NATURE: isHeadOffice ? HEAD_OFFICE : SECONDARY_ESTABLISHMENT,
		TELEPHONE: random.chance(0.08) ? null : phoneNumber(random, place),
		[FLAG_FIELDS.block]: flagBlock(random, request.flag),
	};
}

function companyName(random: SeededRandom, activity: TradeActivity, place: FrenchPlace): string {
	const family = random.pick(FAMILY_NAMES);
	const city = inseeUpperCase(place.city);
	if (activity.naf === '7111Z') return `ATELIER ${family} ${activity.nameWord}`;
	switch (random.int(0, 3)) {
		case 0:
			return `ETS ${family} ET FILS`;
		case 1:
			return `${family} ${activity.nameWord} ${city}`;
		case 2:
			return `${family} & ${random.pick(FAMILY_NAMES)} ${activity.nameWord}`;
		default:
			return `${family} ${activity.nameWord}`;
	}
}

/** A number from ARCEP's fictional blocks, in the company's area (or a mobile one). */
function phoneNumber(random: SeededRandom, place: FrenchPlace): string {
	const block = FICTIONAL_PHONE_BLOCKS[random.chance(0.1) ? '06' : place.phoneArea];
	return `${block} ${random.digits(2)} ${random.digits(2)}`;
}

const upperCaseForms = new Map<string, string>();

/** `Saint-Étienne` → `SAINT-ETIENNE`, as INSEE writes addresses; cached (few distinct texts). */
function inseeUpperCase(text: string): string {
	let upper = upperCaseForms.get(text);
	if (upper === undefined) {
		upper = text
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toUpperCase();
		upperCaseForms.set(text, upper);
	}
	return upper;
}
