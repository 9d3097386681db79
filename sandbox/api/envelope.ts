import { TOTAL_FIELD } from '../../nodes/Explore/endpoints';
import type { ExploreEndpoint } from '../../nodes/Explore/endpoints';
import type { ApiRecord } from '../data/flagBlock';
import type { PendingFault } from '../faults';
import { camelCaseName } from '../naming';

export interface EnvelopePage {
	records: ApiRecord[];
	/** Matching units (records, or alert projects) in the whole window. */
	totalUnits: number;
	/** Units on this page. */
	pageUnits: number;
	offset: number;
	pageSize: number;
}

/**
 * The documented RetourProjets / RetourSocietes envelope: list, TOTAL, NOMBRE_RESULTATS,
 * NOMBRE_PAGES, PAGE. For alerts every count is in projects (documented for Page/Max).
 * INVENTED: PAGE = floor(offset / Max) + 1, and the camelCase names of the counts.
 */
export function buildEnvelope(
	endpoint: ExploreEndpoint,
	page: EnvelopePage,
	fault: PendingFault | undefined,
): Record<string, unknown> {
	const total = page.totalUnits + (fault?.kind === 'lyingTotal' ? (fault.totalDelta ?? 0) : 0);
	const counts: Record<string, number> = {
		[TOTAL_FIELD]: total,
		NOMBRE_RESULTATS: page.pageUnits,
		NOMBRE_PAGES: Math.ceil(page.totalUnits / page.pageSize),
		PAGE: Math.floor(page.offset / page.pageSize) + 1,
	};
	const envelope: Record<string, unknown> = {};
	if (fault?.kind !== 'missingListKey') envelope[endpoint.listKey] = page.records;
	for (const [name, value] of Object.entries(counts)) {
		envelope[endpoint.naming === 'camelCase' ? camelCaseName(name) : name] = value;
	}
	return envelope;
}
