/** How the token call answers (UNKNOWN in the API's documentation, so all three are simulated). */
export type TokenResponseStyle = 'jsonString' | 'raw' | 'object';

export interface SimulatorOptions {
	/** 0 (the default) picks a free port. */
	port?: number;
	clientKey?: string;
	secretKey?: string;
	/** Form field names of the token call (GUESS: the deprecated scheme's `CleClient`). */
	clientKeyField?: string;
	secretKeyField?: string;
	tokenTtlSeconds?: number;
	tokenResponseStyle?: TokenResponseStyle;
	/** Lazily generated records per endpoint (alerts for the Alertes endpoint). */
	records?: number;
	seed?: number | string;
	/** A larger `Max` is silently truncated to this. */
	maxPageSize?: number;
	/** Start of the simulator clock; the generated flags cover the 90 days before it. */
	clockStart?: Date | string | number;
	/** When false, one line per API request is printed. Default true. */
	quiet?: boolean;
}

/** What can change while the simulator runs (`POST /__sim/config`). */
export interface RuntimeConfig {
	clientKey: string;
	secretKey: string;
	clientKeyField: string;
	secretKeyField: string;
	tokenTtlSeconds: number;
	tokenResponseStyle: TokenResponseStyle;
	records: number;
	seed: number | string;
	maxPageSize: number;
	quiet: boolean;
}

export interface ResolvedOptions extends RuntimeConfig {
	port: number;
	clockStartMs: number;
}

export const DEFAULT_OPTIONS = {
	port: 0,
	clientKey: 'demo-client-key',
	secretKey: 'demo-secret-key',
	clientKeyField: 'CleClient',
	secretKeyField: 'CleSecrete',
	tokenTtlSeconds: 6 * 3600,
	tokenResponseStyle: 'jsonString',
	records: 250,
	seed: 'explore',
	maxPageSize: 1000,
	quiet: true,
} as const;

/** Keeps every generated id a safe integer. */
const MAX_RECORDS = 100_000_000;

export const TOKEN_RESPONSE_STYLES: readonly TokenResponseStyle[] = ['jsonString', 'raw', 'object'];

export function resolveOptions(options: SimulatorOptions = {}): ResolvedOptions {
	const clockStartMs =
		options.clockStart === undefined ? Date.now() : new Date(options.clockStart).getTime();
	if (Number.isNaN(clockStartMs)) {
		throw new Error(`Invalid clockStart: ${String(options.clockStart)}`);
	}
	const resolved: ResolvedOptions = {
		port: options.port ?? DEFAULT_OPTIONS.port,
		clientKey: options.clientKey ?? DEFAULT_OPTIONS.clientKey,
		secretKey: options.secretKey ?? DEFAULT_OPTIONS.secretKey,
		clientKeyField: options.clientKeyField ?? DEFAULT_OPTIONS.clientKeyField,
		secretKeyField: options.secretKeyField ?? DEFAULT_OPTIONS.secretKeyField,
		tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_OPTIONS.tokenTtlSeconds,
		tokenResponseStyle: options.tokenResponseStyle ?? DEFAULT_OPTIONS.tokenResponseStyle,
		records: options.records ?? DEFAULT_OPTIONS.records,
		seed: options.seed ?? DEFAULT_OPTIONS.seed,
		maxPageSize: options.maxPageSize ?? DEFAULT_OPTIONS.maxPageSize,
		quiet: options.quiet ?? DEFAULT_OPTIONS.quiet,
		clockStartMs,
	};
	validateConfig(resolved);
	return resolved;
}

/** Throws a readable error for a value the simulator cannot run with. */
export function validateConfig(config: RuntimeConfig): void {
	const positiveInteger = (name: string, value: number, min: number) => {
		if (!Number.isInteger(value) || value < min) {
			throw new Error(`${name} must be an integer ≥ ${min} (got ${String(value)})`);
		}
	};
	positiveInteger('tokenTtlSeconds', config.tokenTtlSeconds, 1);
	positiveInteger('records', config.records, 0);
	if (config.records > MAX_RECORDS) throw new Error(`records must be at most ${MAX_RECORDS}`);
	positiveInteger('maxPageSize', config.maxPageSize, 1);
	if (!TOKEN_RESPONSE_STYLES.includes(config.tokenResponseStyle)) {
		throw new Error(`tokenResponseStyle must be one of ${TOKEN_RESPONSE_STYLES.join(', ')}`);
	}
	if (!['string', 'number'].includes(typeof config.seed)) {
		throw new Error('seed must be a string or a number');
	}
	if (typeof config.quiet !== 'boolean') throw new Error('quiet must be true or false');
	for (const name of ['clientKey', 'secretKey', 'clientKeyField', 'secretKeyField'] as const) {
		if (typeof config[name] !== 'string' || config[name] === '') {
			throw new Error(`${name} must be a non-empty string`);
		}
	}
}
