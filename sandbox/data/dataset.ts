import { EXPLORE_ENDPOINTS } from '../../nodes/Explore/endpoints';
import type { ExploreEndpoint } from '../../nodes/Explore/endpoints';
import { EndpointDataset } from './endpointDataset';
import type { WorkCounter } from './endpointDataset';
import { hashText } from './seededRandom';

export interface DatasetOptions {
	seed: number | string;
	records: number;
	windowEndMs: number;
}

/** The records of the five catalog endpoints. Building it costs nothing: records are lazy. */
export class Dataset {
	readonly work: WorkCounter = { recordsGenerated: 0 };
	private readonly byPath = new Map<string, EndpointDataset>();

	constructor(options: DatasetOptions) {
		const settings = {
			seedKey: hashText(String(options.seed)),
			records: options.records,
			windowEndMs: options.windowEndMs,
		};
		for (const endpoint of EXPLORE_ENDPOINTS) {
			this.byPath.set(
				endpoint.path.toLowerCase(),
				new EndpointDataset(endpoint, settings, this.work),
			);
		}
	}

	/** By catalog path (any case) or trigger event name. */
	find(reference: string): EndpointDataset | undefined {
		const endpoint: ExploreEndpoint | undefined = EXPLORE_ENDPOINTS.find(
			(candidate) =>
				candidate.path.toLowerCase() === reference.toLowerCase() ||
				candidate.triggerEvent === reference,
		);
		return endpoint === undefined ? undefined : this.byPath.get(endpoint.path.toLowerCase());
	}

	all(): EndpointDataset[] {
		return [...this.byPath.values()];
	}
}
