/* eslint-disable no-console, @n8n/community-nodes/no-restricted-globals -- a development tool run by Node, never shipped in the n8n package */
import { startSimulator } from './server';
import type { SimulatorOptions, TokenResponseStyle } from './options';

const USAGE = `Usage: npm run sandbox -- [options]
  --port N            port on 127.0.0.1 (default 8787; 0 = any free port)
  --records N         lazily generated records per endpoint (default 250)
  --seed S            data seed (default "explore")
  --max-page-size N   cap on Max (default 1000)
  --token-ttl N       token lifetime in seconds (default 21600)
  --token-style S     jsonString | raw | object (default jsonString)
  --quiet             do not print one line per request`;

/** `--name value` pairs and `--flag` switches. */
function parseArguments(argv: string[]): SimulatorOptions {
	const options: SimulatorOptions = { port: 8787, quiet: false };
	for (let i = 0; i < argv.length; i++) {
		const name = argv[i];
		const value = () => {
			const next = argv[++i];
			if (next === undefined) throw new Error(`${name} needs a value`);
			return next;
		};
		const integer = () => {
			const text = value();
			if (!/^\d+$/.test(text)) throw new Error(`${name} needs a whole number, got ${text}`);
			return Number(text);
		};
		if (name === '--port') options.port = integer();
		else if (name === '--records') options.records = integer();
		else if (name === '--seed') options.seed = value();
		else if (name === '--max-page-size') options.maxPageSize = integer();
		else if (name === '--token-ttl') options.tokenTtlSeconds = integer();
		else if (name === '--token-style') options.tokenResponseStyle = value() as TokenResponseStyle;
		else if (name === '--quiet') options.quiet = true;
		else if (name === '--help' || name === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else throw new Error(`Unknown option ${name}`);
	}
	return options;
}

async function main(): Promise<void> {
	const simulator = await startSimulator(parseArguments(process.argv.slice(2)));
	const info = simulator.info();
	console.log(`EXPLORE API simulator listening on ${simulator.url}
  Base URL     ${simulator.baseUrl}
  Login        POST ${info.loginUrl}  (${info.clientKeyField}, ${info.secretKeyField})
  Client key   ${info.clientKey}
  Secret key   ${info.secretKey}
  Controls     ${simulator.controlUrl}  (flag, reset, requests, stats, clock, config, faults, sink/<name>)
  Records      ${simulator.config().records} per endpoint, flagged over the last 90 days
Press Ctrl-C to stop.`);
	const stop = () => {
		simulator.stop().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
	console.error(error.message);
	console.error(USAGE);
	process.exit(1);
});
