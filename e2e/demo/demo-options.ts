// The command line of `npm run demo`.

export interface DemoOptions {
	help: boolean;
	/** Simulator only: no build, no n8n. */
	withN8n: boolean;
	/** Keep n8n's user folder (database, logs) after Ctrl-C instead of deleting it. */
	keepUserFolder: boolean;
	/** Generated records per simulator endpoint. */
	records: number;
	/** Seconds between two demo flags in the simulator. */
	flagEverySeconds: number;
}

export const DEMO_USAGE = `Usage: npm run demo -- [options]

Builds and packs n8n-nodes-explore, starts the EXPLORE API simulator, installs the package into
a real n8n 2.x (downloaded into a cache on first use, ~7 min), imports demo workflows, runs one,
starts n8n at http://localhost:5678 and flags a new project every 20 s so you can watch the
EXPLORE Trigger fire. Ctrl-C stops everything.

Options:
  --no-n8n        only the simulator (http://127.0.0.1:8787), flagging demo records
  --records N     generated records per endpoint (default 500)
  --every S       seconds between two demo flags (default 20)
  --keep          keep n8n's user folder (database, logs) after Ctrl-C
  -h, --help      this text`;

export const DEFAULT_DEMO_OPTIONS: DemoOptions = {
	help: false,
	withN8n: true,
	keepUserFolder: false,
	records: 500,
	flagEverySeconds: 20,
};

/** Throws an Error whose message says what is wrong with the command line. */
export function parseDemoOptions(argv: string[]): DemoOptions {
	const options = { ...DEFAULT_DEMO_OPTIONS };
	for (let index = 0; index < argv.length; index++) {
		const name = argv[index];
		const wholeNumber = (min: number): number => {
			const text = argv[++index];
			if (text === undefined || !/^\d+$/.test(text) || Number(text) < min) {
				throw new Error(
					`${name} needs a whole number of at least ${min}, got ${text ?? 'nothing'}`,
				);
			}
			return Number(text);
		};
		if (name === '-h' || name === '--help') options.help = true;
		else if (name === '--no-n8n') options.withN8n = false;
		else if (name === '--keep') options.keepUserFolder = true;
		else if (name === '--records') options.records = wholeNumber(1);
		else if (name === '--every') options.flagEverySeconds = wholeNumber(1);
		else throw new Error(`Unknown option ${name}`);
	}
	return options;
}
