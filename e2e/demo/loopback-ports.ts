/* eslint-disable @n8n/community-nodes/no-restricted-imports -- the demo, a script run by Node, never shipped */
// Fixed, memorable ports when they are free (8787, 5678), any free one otherwise.
import * as net from 'net';

/** Listens on 127.0.0.1:`port` (0 = any) for a moment; resolves with the port, or undefined if busy. */
function tryListen(port: number): Promise<number | undefined> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(undefined);
			else reject(error);
		});
		server.listen(port, '127.0.0.1', () => {
			const { port: bound } = server.address() as net.AddressInfo;
			server.close(() => resolve(bound));
		});
	});
}

export interface ChosenPort {
	port: number;
	/** The preferred port was taken by another program. */
	preferredWasBusy: boolean;
}

export async function preferredOrFreePort(preferred: number): Promise<ChosenPort> {
	const port = await tryListen(preferred);
	if (port !== undefined) return { port, preferredWasBusy: false };
	return { port: (await tryListen(0))!, preferredWasBusy: true };
}
