import type { ExploreEndpoint, RecordKind, SourceApp } from '../../nodes/Explore/endpoints';
import { toCamelCase } from '../naming';
import { generateAlert } from './alertGenerator';
import { COLLABORATOR_EMAILS } from './collaborators';
import { CollaboratorRota } from './collaboratorRota';
import { generateCompany } from './companyGenerator';
import type { ApiRecord, FlagInfo } from './flagBlock';
import { FlagSchedule } from './flagSchedule';
import { generateProject } from './projectGenerator';
import type { AppendedRecord, LazyRecords, RecordSlice, SelectionRequest } from './selection';
import { selectPage } from './selection';
import { hashText } from './seededRandom';

/** Where each endpoint's ids start, so the five id spaces never overlap. INVENTED. */
const ID_BASES: Record<RecordKind, Partial<Record<SourceApp, number>>> = {
	project: { EXPLORE: 4_810_000, Batipulse: 9_100_000 },
	company: { EXPLORE: 12_000_000, Batipulse: 60_000_000 },
	emailAlert: { EXPLORE: 300_000, Batipulse: 400_000 },
};

export interface WorkCounter {
	recordsGenerated: number;
}

export interface DatasetSettings {
	seedKey: number;
	records: number;
	/** The lazy records are flagged during the days before this instant. */
	windowEndMs: number;
}

/** One endpoint's records: the lazy ones computed on demand, then the ones flagged later. */
export class EndpointDataset {
	private readonly lazy: LazyRecords;
	private readonly appended: AppendedRecord[] = [];
	private readonly streamKey: number;
	private readonly idBase: number;

	constructor(
		readonly endpoint: ExploreEndpoint,
		private readonly settings: DatasetSettings,
		private readonly work: WorkCounter,
	) {
		this.streamKey = hashText(endpoint.path);
		this.idBase = ID_BASES[endpoint.recordKind][endpoint.source] ?? 1_000_000;
		const rotaKey = settings.seedKey ^ this.streamKey;
		this.lazy = {
			count: settings.records,
			schedule: new FlagSchedule(settings.records, settings.windowEndMs, rotaKey),
			rota: new CollaboratorRota(
				rotaKey,
				COLLABORATOR_EMAILS.length,
				endpoint.recordKind === 'emailAlert',
			),
		};
	}

	/** The page's records in the endpoint's naming, and the number of units in the window. */
	page(request: SelectionRequest): { totalUnits: number; pageUnits: number; records: ApiRecord[] } {
		const selection = selectPage(this.lazy, this.appended, request);
		return {
			totalUnits: selection.totalUnits,
			pageUnits: selection.slices.reduce((sum, slice) => sum + slice.unitTo - slice.unitFrom, 0),
			records: selection.slices.map((slice) => this.recordFor(slice)),
		};
	}

	/** Who flagged the unit at `request.offset` of this selection, and when. */
	flagAt(request: SelectionRequest): Pick<RecordSlice, 'flaggedAtMs' | 'email'> | undefined {
		const slice = selectPage(this.lazy, this.appended, { ...request, limit: 1 }).slices[0];
		return slice === undefined ? undefined : { flaggedAtMs: slice.flaggedAtMs, email: slice.email };
	}

	/** Flags new records at `nowMs` and returns their ids. */
	flag(count: number, email: string | undefined, nowMs: number): unknown[] {
		const flaggedAtMs = Math.floor(nowMs / 1000) * 1000;
		const ids: unknown[] = [];
		for (let n = 0; n < count; n++) {
			const index = this.lazy.count + this.appended.length;
			const record: AppendedRecord = {
				index,
				flaggedAtMs,
				email: email ?? COLLABORATOR_EMAILS[this.lazy.rota.collaboratorOf(index)],
				units: this.lazy.rota.unitsOf(index),
			};
			this.insertInFlagOrder(record);
			const generated = this.recordFor({ ...record, unitFrom: 0, unitTo: record.units });
			ids.push(generated[this.endpoint.idField]);
		}
		return ids;
	}

	get flaggedCount(): number {
		return this.appended.length;
	}

	private insertInFlagOrder(record: AppendedRecord): void {
		let position = this.appended.length;
		while (position > 0 && this.appended[position - 1].flaggedAtMs > record.flaggedAtMs) position--;
		this.appended.splice(position, 0, record);
	}

	private recordFor(slice: RecordSlice): ApiRecord {
		const flag: FlagInfo = { flaggedAtMs: slice.flaggedAtMs, email: slice.email };
		const { seedKey } = this.settings;
		const { streamKey, idBase } = this;
		const index = slice.index;
		this.work.recordsGenerated++;
		let record: ApiRecord;
		if (this.endpoint.recordKind === 'emailAlert') {
			record = generateAlert({
				seedKey,
				streamKey,
				index,
				idBase,
				flag,
				projectFrom: slice.unitFrom,
				projectTo: slice.unitTo,
				onGenerated: () => this.work.recordsGenerated++,
			});
		} else if (this.endpoint.recordKind === 'company') {
			record = generateCompany({ seedKey, streamKey, index, idBase, flag });
		} else {
			const referenceMs = slice.flaggedAtMs;
			record = generateProject({ seedKey, streamKey, index, idBase, flag, referenceMs });
		}
		return this.endpoint.naming === 'camelCase' ? (toCamelCase(record) as ApiRecord) : record;
	}
}
