import { ALERT_PROJECTS_KEY } from '../../nodes/Explore/endpoints';
import { formatParisDateTime } from '../parisTime';
import type { ApiRecord, FlagInfo } from './flagBlock';
import { recordIdFor } from './flagBlock';
import { FRENCH_PLACES } from './frenchPlaces';
import { generateProject } from './projectGenerator';
import { PROJECT_TEMPLATES } from './projectVocabulary';
import { SeededRandom, hashText } from './seededRandom';

const ALERT_PROJECT_STREAM = hashText('alert projects');
const ALERT_PROJECT_ID_BASE = 20_000_000;
/** Upper bound of projects per alert, used to give each alert its own project indexes. */
const MAX_PROJECTS_PER_ALERT = 4;

export interface AlertRequest {
	seedKey: number;
	streamKey: number;
	index: number;
	idBase: number;
	/** When the alert was sent and to whom (DATE_ALERTE, EMAIL_DESTINATAIRE). */
	flag: FlagInfo;
	/** The alert's projects [projectFrom, projectTo) are listed (a page may hold part of them). */
	projectFrom: number;
	projectTo: number;
	/** Counts generated records, projects included. */
	onGenerated: () => void;
}

/**
 * INVENTED shape (no RetourAlertes type is published): an e-mail alert sent to one collaborator
 * with the projects it announced, each a `ProjetTag` without flag (ACTION null).
 */
export function generateAlert(request: AlertRequest): ApiRecord {
	const random = new SeededRandom(request.seedKey, request.streamKey, request.index);
	const place = random.pick(FRENCH_PLACES);
	const theme = random.pick(PROJECT_TEMPLATES).theme;
	const projects: ApiRecord[] = [];
	for (let position = request.projectFrom; position < request.projectTo; position++) {
		request.onGenerated();
		projects.push(
			generateProject({
				seedKey: request.seedKey,
				streamKey: ALERT_PROJECT_STREAM,
				index: request.index * MAX_PROJECTS_PER_ALERT + position,
				idBase: ALERT_PROJECT_ID_BASE,
				flag: null,
				referenceMs: request.flag.flaggedAtMs,
				focus: { place, theme },
			}),
		);
	}
	return {
		ID_ALERTE: recordIdFor(request.seedKey, request.idBase, request.index, 3),
		LIBELLE_ALERTE: `Nouveaux projets ${theme} – ${place.department}`,
		DATE_ALERTE: formatParisDateTime(request.flag.flaggedAtMs),
		EMAIL_DESTINATAIRE: request.flag.email,
		[ALERT_PROJECTS_KEY]: projects,
	};
}
