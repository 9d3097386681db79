import { COLLABORATOR_EMAILS, collaboratorIndexes } from './collaborators';
import type { CollaboratorRota } from './collaboratorRota';
import type { FlagSchedule } from './flagSchedule';

/** A record flagged through the control API: kept in memory, after the lazy ones. */
export interface AppendedRecord {
	index: number;
	flaggedAtMs: number;
	email: string;
	units: number;
}

/** Part of one record on a page: units [unitFrom, unitTo) of it (alerts split across pages). */
export interface RecordSlice {
	index: number;
	flaggedAtMs: number;
	email: string;
	unitFrom: number;
	unitTo: number;
}

export interface SelectionRequest {
	fromMs?: number;
	toMs?: number;
	/** Lower-case addresses, or null for no filter. */
	emails: readonly string[] | null;
	/** Units to skip (`Page`). */
	offset: number;
	/** Units to return (`Max`), or null for everything. */
	limit: number | null;
}

export interface Selection {
	totalUnits: number;
	slices: RecordSlice[];
}

export interface LazyRecords {
	count: number;
	schedule: FlagSchedule;
	rota: CollaboratorRota;
}

/**
 * One page of the records flagged in a date window, ordered by flag date then id: the lazy
 * records interleaved with the appended ones. Work is O(page size + appended records),
 * plus a few binary searches, whatever the number of lazy records.
 */
export function selectPage(
	lazy: LazyRecords,
	appended: readonly AppendedRecord[],
	request: SelectionRequest,
): Selection {
	const { schedule, rota } = lazy;
	const collaborators = collaboratorIndexes(request.emails);
	const wantedEmails = request.emails === null ? null : new Set(request.emails);
	const low = request.fromMs === undefined ? 0 : schedule.firstIndexAtOrAfter(request.fromMs);
	const rawHigh = request.toMs === undefined ? lazy.count : schedule.firstIndexAfter(request.toMs);
	const high = Math.max(low, rawHigh);
	const inWindow = (instantMs: number) =>
		(request.fromMs === undefined || instantMs >= request.fromMs) &&
		(request.toMs === undefined || instantMs <= request.toMs);
	const extras = appended.filter(
		(record) =>
			inWindow(record.flaggedAtMs) &&
			(wantedEmails === null || wantedEmails.has(record.email.toLowerCase())),
	);

	const totalUnits =
		rota.unitsBefore(high, collaborators) -
		rota.unitsBefore(low, collaborators) +
		extras.reduce((sum, record) => sum + record.units, 0);
	const wanted = request.limit ?? totalUnits;
	const slices: RecordSlice[] = [];
	let toSkip = request.offset;
	let taken = 0;

	const takeFrom = (
		index: number,
		flaggedAtMs: number,
		email: string,
		units: number,
		skip: number,
	) => {
		const count = Math.min(units - skip, wanted - taken);
		slices.push({ index, flaggedAtMs, email, unitFrom: skip, unitTo: skip + count });
		taken += count;
	};

	const walkLazy = (from: number, to: number) => {
		if (from >= to || taken >= wanted) return;
		const unitsBeforeFrom = rota.unitsBefore(from, collaborators);
		const segmentUnits = rota.unitsBefore(to, collaborators) - unitsBeforeFrom;
		if (toSkip >= segmentUnits) {
			toSkip -= segmentUnits;
			return;
		}
		const start = rota.locateUnit(unitsBeforeFrom + toSkip, collaborators, to);
		toSkip = 0;
		let skipInRecord = start.skip;
		for (let index = start.index; index < to && taken < wanted; index++) {
			if (!rota.matches(index, collaborators)) continue;
			const email = COLLABORATOR_EMAILS[rota.collaboratorOf(index)];
			takeFrom(index, schedule.flaggedAtMs(index), email, rota.unitsOf(index), skipInRecord);
			skipInRecord = 0;
		}
	};

	let cursor = low;
	for (const extra of extras) {
		const position = Math.min(Math.max(schedule.firstIndexAfter(extra.flaggedAtMs), cursor), high);
		walkLazy(cursor, position);
		cursor = position;
		if (taken >= wanted) break;
		if (toSkip >= extra.units) {
			toSkip -= extra.units;
			continue;
		}
		takeFrom(extra.index, extra.flaggedAtMs, extra.email, extra.units, toSkip);
		toSkip = 0;
	}
	walkLazy(cursor, high);
	return { totalUnits, slices };
}
