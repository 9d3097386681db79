import { API_PREFIX, CONTROL_PREFIX, LOGIN_PATH } from './paths';
import type { SimulatorState } from './state';

export interface SimulatorInfo {
	name: string;
	url: string;
	baseUrl: string;
	controlUrl: string;
	loginUrl: string;
	clientKey: string;
	secretKey: string;
	clientKeyField: string;
	secretKeyField: string;
	tokenResponseStyle: string;
	now: string;
	endpoints: {
		path: string;
		triggerEvent: string;
		naming: string;
		listKey: string;
		idField: string;
		lazyRecords: number;
		flaggedRecords: number;
	}[];
}

/** Where to connect, the demo keys, and each endpoint of the catalog (`GET /__sim/`). */
export function describeSimulator(state: SimulatorState): SimulatorInfo {
	const { url, config, dataset } = state;
	return {
		name: 'EXPLORE API simulator',
		url,
		baseUrl: `${url}${API_PREFIX}`,
		controlUrl: `${url}${CONTROL_PREFIX}/`,
		loginUrl: `${url}${API_PREFIX}${LOGIN_PATH}`,
		clientKey: config.clientKey,
		secretKey: config.secretKey,
		clientKeyField: config.clientKeyField,
		secretKeyField: config.secretKeyField,
		tokenResponseStyle: config.tokenResponseStyle,
		now: new Date(state.clock.now()).toISOString(),
		endpoints: dataset.all().map((data) => ({
			path: data.endpoint.path,
			triggerEvent: data.endpoint.triggerEvent,
			naming: data.endpoint.naming,
			listKey: data.endpoint.listKey,
			idField: data.endpoint.idField,
			lazyRecords: config.records,
			flaggedRecords: data.flaggedCount,
		})),
	};
}
