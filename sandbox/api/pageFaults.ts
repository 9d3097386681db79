import type { EndpointDataset } from '../data/endpointDataset';
import type { SelectionRequest } from '../data/selection';
import type { PendingFault } from '../faults';
import type { ApiExchange } from './exchange';

/**
 * Plays a page fault before the page is read. `lateFlag`: one record is flagged one second
 * before the last record of the previous page, as if EXPLORE had recorded it late. It lands
 * before this page, so every later record moves one place down: the last record of the previous
 * page comes again on this one, and the late record is only seen by a later request.
 */
export function playPageFault(
	exchange: ApiExchange,
	records: EndpointDataset,
	selection: SelectionRequest,
	fault: PendingFault | undefined,
): void {
	if (fault?.kind !== 'lateFlag' || selection.offset === 0) return;
	const previous = records.flagAt({ ...selection, offset: selection.offset - 1 });
	if (previous === undefined) return;
	exchange.log.fault = fault.kind;
	records.flag(1, previous.email, previous.flaggedAtMs - 1000);
}
