/* eslint-disable @n8n/community-nodes/require-node-api-error -- the demo, a script run by Node, never shipped */
// The EXPLORE API simulator with demo data, on 127.0.0.1:8787 when that port is free.
import { startSimulator } from '../../sandbox/server';
import type { Simulator } from '../../sandbox/server';
import { detail, warn } from './console-output';

export const SIMULATOR_PORT = 8787;

export async function startDemoSimulator(
	records: number,
	logRequests: boolean,
): Promise<Simulator> {
	let simulator: Simulator;
	try {
		simulator = await startSimulator({ port: SIMULATOR_PORT, records, quiet: !logRequests });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
		warn(`port ${SIMULATOR_PORT} is busy (another simulator or demo?): using a free port instead`);
		simulator = await startSimulator({ port: 0, records, quiet: !logRequests });
	}
	return simulator;
}

export function describeSimulator(simulator: Simulator): void {
	const info = simulator.info();
	detail(`URL          ${simulator.url}`);
	detail(`Base URL     ${simulator.baseUrl}`);
	detail(`Client key   ${info.clientKey}`);
	detail(`Secret key   ${info.secretKey}`);
	detail(`Login fields ${info.clientKeyField},${info.secretKeyField}`);
	detail(`Controls     ${simulator.controlUrl}  (docs/simulator.md)`);
	detail(`Records      ${simulator.config().records} per endpoint, flagged over the last 90 days`);
}
