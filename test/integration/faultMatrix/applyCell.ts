import type { Simulator } from '../../../sandbox/server';
import type { FaultCell } from './faultCells';

/** Makes the simulator misbehave as the cell says. */
export function applyCell(simulator: Simulator, cell: FaultCell): void {
	if (cell.revoke) simulator.revokeTokens();
	simulator.changeFaults({ faults: cell.faults ?? [], switches: cell.switches ?? {} });
}

/** Back to a well-behaved simulator, except for the cell's switches that describe the API itself. */
export function endCell(simulator: Simulator, cell: FaultCell): void {
	simulator.clearFaults();
	if (cell.keepSwitches) simulator.setSwitches(cell.switches ?? {});
}
