import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { recordId } from '../../../nodes/Explore/helpers/records';
import { useSimulator } from '../exploreEnv';
import { applyCell, endCell } from './applyCell';
import { CONSUMERS, ENDPOINT } from './consumers';
import { FAULT_CELLS } from './faultCells';
import { simulatorRecords } from './simulatorTruth';

const sleeps: number[] = [];
jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: async (ms: number) => {
		sleeps.push(ms);
	},
}));

const simulator = useSimulator({ records: 120 });
const sorted = (ids: string[]) => [...ids].sort();

async function rawRecordsById(): Promise<Map<string, IDataObject>> {
	const records = await simulatorRecords(simulator(), ENDPOINT);
	return new Map(records.map((record) => [recordId(record, 'project') as string, record]));
}

describe.each(CONSUMERS)('$name under EXPLORE faults', (consumer) => {
	beforeEach(() => {
		simulator().reset();
		sleeps.length = 0;
	});

	it.each(FAULT_CELLS)('$name', async (cell) => {
		const subject = await consumer.prepare(simulator(), cell.timeoutSeconds);
		const before = await subject.truth();
		const stateBefore = subject.savedState();
		const statsBefore = simulator().stats();
		applyCell(simulator(), cell);

		const { records, error } = await subject.run();
		const stats = simulator().stats();
		const logins = stats.logins - statsBefore.logins;
		const faultsPlayed = stats.faultsInjected - statsBefore.faultsInjected;
		const raw = cell.checkRecords ? await rawRecordsById() : undefined;
		endCell(simulator(), cell);
		const ids = records.map((record) => String(record.id));

		if (cell.outcome.complete) {
			expect(error).toBeUndefined();
			expect(sorted(ids)).toEqual(sorted(before));
		} else {
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error?.message).toMatch(cell.outcome.message);
			expect((error as NodeApiError).description).toMatch(cell.outcome.description);
			expect(ids).toEqual([]);
			expect(subject.savedState()).toEqual(stateBefore);
		}
		if (cell.faults) expect(faultsPlayed).toBeGreaterThan(0);
		if (cell.logins !== undefined) {
			expect(logins).toBeGreaterThanOrEqual(cell.logins);
			expect(logins).toBeLessThanOrEqual(cell.logins * consumer.inFlight);
		}
		cell.checkSleeps?.(sleeps);
		if (raw) cell.checkRecords?.(records, raw);

		// Later, with the fault gone: what was not delivered comes now, nothing comes twice.
		const later = await subject.later();
		const after = await subject.truth();
		const expectedLater = subject.incremental ? after.filter((id) => !ids.includes(id)) : after;
		expect(sorted(later)).toEqual(sorted(expectedLater));
	});
});
