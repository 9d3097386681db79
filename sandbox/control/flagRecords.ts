import { formatParisDateTime } from '../parisTime';
import type { SimulatorState } from '../state';
import { ControlInputError, requireInteger } from './inputError';

export interface FlagRequest {
	/** Catalog path (`CRMAlertes/Projets`) or trigger event (`projectFlagged`). */
	endpoint: string;
	/** Default 1. */
	count?: number;
	/** Who flags them (or receives the alerts); default: the rota's collaborators. */
	email?: string;
}

export interface FlagResult {
	endpoint: string;
	ids: unknown[];
	/** As the records show it (Paris time, no zone). */
	flaggedAt: string;
	flaggedAtIso: string;
}

const MAX_FLAGS_PER_CALL = 10_000;

/** `POST /__sim/flag`: new records flagged now (simulator clock), after the generated ones. */
export function flagRecords(state: SimulatorState, request: FlagRequest): FlagResult {
	const endpointData =
		typeof request?.endpoint === 'string' ? state.dataset.find(request.endpoint) : undefined;
	if (endpointData === undefined) {
		throw new ControlInputError('endpoint must be a catalog path or a trigger event');
	}
	const count = requireInteger('count', request.count ?? 1, 1, MAX_FLAGS_PER_CALL);
	if (request.email !== undefined && (typeof request.email !== 'string' || request.email === '')) {
		throw new ControlInputError('email must be a non-empty string');
	}
	const now = state.clock.now();
	const flaggedAtMs = Math.floor(now / 1000) * 1000;
	return {
		endpoint: endpointData.endpoint.path,
		ids: endpointData.flag(count, request.email, now),
		flaggedAt: formatParisDateTime(flaggedAtMs),
		flaggedAtIso: new Date(flaggedAtMs).toISOString(),
	};
}
