/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- test code, never shipped; the secrets below are planted on purpose */
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { findSecretLeaks, runNode, runPoll, SecretLeakError } from './harness';
import { testNodeDescription } from './harness/testNodeDescription';
import { simulatorCredentials, useSimulator } from './integration/exploreEnv';

const SECRET = 'planted-secret-9f8e7d';
const simulator = useSimulator({ records: 5 });

/** Test-only node: leaks its input's `value` (or the client key) where `leak` says. */
class LeakyNode implements INodeType {
	description: INodeTypeDescription = testNodeDescription('Leaky Node', 'leakyNode', [{ displayName: 'Leak', name: 'leak', type: 'string', default: 'clientKey' }]);

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const credentials = await this.getCredentials('exploreApi');
		const leak = this.getNodeParameter('leak', 0) as string;
		const value = String(this.getInputData()[0].json.value ?? '');
		if (leak === 'clientKey') return [[{ json: { nested: [{ key: credentials.clientKey }] } }]];
		if (leak === 'error') {
			const response = { message: 'request failed', config: { headers: { Authorization: value } } };
			throw new NodeApiError(this.getNode(), response, { message: 'EXPLORE failed' });
		}
		if (leak === 'log') this.logger.warn('calling EXPLORE', { form: `CleSecrete=${value}` });
		return [[{ json: { fine: true } }]];
	}
}

class LeakyPoller implements INodeType {
	description: INodeTypeDescription = {
		...new LeakyNode().description,
		displayName: 'Leaky Poller',
		name: 'leakyPoller',
		group: ['trigger'],
		defaults: { name: 'Leaky Poller' },
		polling: true,
		inputs: [],
		properties: [],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const { accessToken } = await this.getCredentials('exploreApi');
		this.getWorkflowStaticData('node').lastToken = accessToken;
		return null;
	}
}

describe('the harness secret scan', () => {
	it('finds a planted secret in nested output, a cause chain, a log entry, in any spelling', () => {
		const cause = Object.assign(new Error('inner'), { cause: new Error(`token=${SECRET}`) });
		const outer = new Error('outer', { cause });
		const leaks = findSecretLeaks(
			[SECRET, 'p@ss w"rd!'],
			[
				{ place: 'output', value: [[{ json: { deep: { list: [`x ${SECRET} y`] } } }]] },
				{ place: 'error', value: outer },
				{ place: 'log', value: [{ metadata: { body: 'CleSecrete=p%40ss%20w%22rd!' } }] },
				{ place: 'json', value: JSON.stringify({ value: 'p@ss w"rd!' }) },
			],
		);
		expect([...leaks].sort()).toEqual(
			[
				'output.0.0.json.deep.list.0: pl…7d (21 chars)',
				'error.cause.cause.message: pl…7d (21 chars)',
				'error.cause.cause.stack: pl…7d (21 chars)',
				'log.0.metadata.body: p@…d! (10 chars)',
				'json: p@…d! (10 chars)',
			].sort(),
		);
	});

	it('finds nothing where there is nothing', () => {
		expect(findSecretLeaks([SECRET], [{ place: 'output', value: { clean: 'text' } }])).toEqual([]);
	});

	it('fails runNode when a credential key shows in the output', async () => {
		const credentials = simulatorCredentials(simulator());
		await expect(runNode(LeakyNode, { credentials, throwOnError: false })).rejects.toThrow(
			SecretLeakError,
		);
	});

	it('fails runNode on a simulator token inside the error, even when the test expects an error', async () => {
		const run = runNode(LeakyNode, {
			parameters: { leak: 'error' },
			inputItems: [{ json: { value: `Bearer ${simulator().issueToken()}` } }],
			credentials: simulatorCredentials(simulator()),
			throwOnError: false,
		});
		await expect(run).rejects.toThrow(/\nerror\.errorResponse\.config\.headers\.Authorization: /);
	});

	it('fails runNode on a secret key in a log line', async () => {
		const credentials = simulatorCredentials(simulator(), { secretKey: SECRET });
		const run = runNode(LeakyNode, {
			parameters: { leak: 'log' },
			inputItems: [{ json: { value: SECRET } }],
			credentials,
		});
		await expect(run).rejects.toThrow(/^A secret leaked into what the run produced:\nlog\./);
	});

	it('passes a run that leaks nothing', async () => {
		const { items } = await runNode(LeakyNode, {
			parameters: { leak: 'none' },
			credentials: simulatorCredentials(simulator()),
		});
		expect(items[0][0].json).toEqual({ fine: true });
	});

	it('fails runPoll when the token lands in static data', async () => {
		const credentials = simulatorCredentials(simulator(), { accessToken: SECRET });
		await expect(runPoll(LeakyPoller, { credentials })).rejects.toThrow(/static data\.lastToken/);
	});
});
