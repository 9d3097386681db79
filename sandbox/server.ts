/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a development tool run by Node, never shipped in the n8n package */
import { createServer } from 'http';
import type { Server } from 'http';
import type { AddressInfo } from 'net';

import { SimulatorControls } from './controls';
import { createRequestHandler } from './http/router';
import type { SimulatorOptions } from './options';
import { resolveOptions } from './options';
import { API_PREFIX, CONTROL_PREFIX } from './paths';
import { SimulatorState } from './state';

export type { SimulatorOptions, RuntimeConfig, TokenResponseStyle } from './options';
export type { FaultSpec, FaultSwitches, FaultTarget } from './faults';
export type { FaultState, FlagRequest, FlagResult, SimulatorInfo } from './controls';
export type { RequestLogEntry, SimulatorStats } from './requestLog';

const HOST = '127.0.0.1';

/** A running simulator: where it listens, how to stop it, and the control API as methods. */
export class Simulator extends SimulatorControls {
	readonly url: string;
	/** `url + '/ExploreAPI/api/'`: what a client puts in front of `CRMAlertes/Projets`. */
	readonly baseUrl: string;
	readonly controlUrl: string;

	constructor(
		state: SimulatorState,
		private readonly server: Server,
		readonly port: number,
	) {
		super(state);
		this.url = `http://${HOST}:${port}`;
		this.baseUrl = `${this.url}${API_PREFIX}`;
		this.controlUrl = `${this.url}${CONTROL_PREFIX}/`;
		state.url = this.url;
	}

	/** Closes the server and every open connection, and releases pending delay faults. */
	async stop(): Promise<void> {
		this.state.releaseDelays();
		await new Promise<void>((resolve) => {
			this.server.close(() => resolve());
			this.server.closeAllConnections();
		});
	}
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
	const resolved = resolveOptions(options);
	const state = new SimulatorState(resolved);
	const controls = new SimulatorControls(state);
	const server = createServer(createRequestHandler(state, controls));
	server.on('clientError', (_error, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(resolved.port, HOST, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const { port } = server.address() as AddressInfo;
	return new Simulator(state, server, port);
}
