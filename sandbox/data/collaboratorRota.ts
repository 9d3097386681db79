import { SeededRandom } from './seededRandom';

/** Each collaborator's project counts over one period of 4 blocks are a shuffle of 1, 2, 3, 4. */
const PERIOD_BLOCKS = 4;
const PROJECTS_PER_PERIOD = 10;

/**
 * Who flagged (or received) lazy record i, and how many pagination units it weighs.
 *
 * Records come in blocks of one per collaborator, in a seeded order per block. That keeps the
 * `Emails` filter cheap: how many matching records (or alert projects) precede index i is
 * arithmetic, so a filtered page costs O(page size), not O(records).
 * Alerts weigh 1–4 units (their projects); the per-period shuffle keeps that arithmetic too.
 */
export class CollaboratorRota {
	private lastBlock = -1;
	private lastBlockOrder: number[] = [];

	constructor(
		private readonly seedKey: number,
		private readonly collaboratorCount: number,
		private readonly variableUnits: boolean,
	) {}

	collaboratorOf(index: number): number {
		const block = Math.floor(index / this.collaboratorCount);
		return this.blockOrder(block)[index % this.collaboratorCount];
	}

	unitsOf(index: number): number {
		if (!this.variableUnits) return 1;
		const block = Math.floor(index / this.collaboratorCount);
		return this.alertProjectCount(block, this.collaboratorOf(index));
	}

	matches(index: number, collaborators: ReadonlySet<number> | null): boolean {
		return collaborators === null || collaborators.has(this.collaboratorOf(index));
	}

	/** Units carried by the matching records among indexes [0, end). */
	unitsBefore(end: number, collaborators: ReadonlySet<number> | null): number {
		const fullBlocks = Math.floor(end / this.collaboratorCount);
		let units = 0;
		for (let collaborator = 0; collaborator < this.collaboratorCount; collaborator++) {
			if (collaborators === null || collaborators.has(collaborator)) {
				units += this.unitsInBlocks(collaborator, fullBlocks);
			}
		}
		for (let index = fullBlocks * this.collaboratorCount; index < end; index++) {
			if (this.matches(index, collaborators)) units += this.unitsOf(index);
		}
		return units;
	}

	/** The matching record holding unit number `unit` (counted from index 0), and its offset in it. */
	locateUnit(
		unit: number,
		collaborators: ReadonlySet<number> | null,
		limit: number,
	): { index: number; skip: number } {
		let low = 0;
		let high = limit;
		while (low < high) {
			const middle = Math.floor((low + high) / 2);
			if (this.unitsBefore(middle + 1, collaborators) > unit) high = middle;
			else low = middle + 1;
		}
		return { index: low, skip: unit - this.unitsBefore(low, collaborators) };
	}

	private unitsInBlocks(collaborator: number, blocks: number): number {
		if (!this.variableUnits) return blocks;
		const fullPeriods = Math.floor(blocks / PERIOD_BLOCKS);
		let units = fullPeriods * PROJECTS_PER_PERIOD;
		for (let block = fullPeriods * PERIOD_BLOCKS; block < blocks; block++) {
			units += this.alertProjectCount(block, collaborator);
		}
		return units;
	}

	private alertProjectCount(block: number, collaborator: number): number {
		const period = Math.floor(block / PERIOD_BLOCKS);
		const counts = new SeededRandom(this.seedKey, 0xa1e7, period, collaborator).shuffled([
			1, 2, 3, 4,
		]);
		return counts[block % PERIOD_BLOCKS];
	}

	/** Remembers the last block: a page walks consecutive indexes, so it asks for it repeatedly. */
	private blockOrder(block: number): number[] {
		if (block !== this.lastBlock) {
			const order = Array.from({ length: this.collaboratorCount }, (_, i) => i);
			this.lastBlockOrder = new SeededRandom(this.seedKey, 0xb10c, block).shuffled(order);
			this.lastBlock = block;
		}
		return this.lastBlockOrder;
	}
}
