// Spec: the EXPLORE Trigger in a running n8n (`n8n start`), across a restart and an outage.
import { N8nRestClient, N8nServer, packageLoadProblems, waitUntil } from '../../lib';
import type { LineFixture } from '../line-fixture';
import { TRIGGER_SINK } from '../trigger-workflow';

/** A poll runs every minute; a delivery may take up to that plus the execution. */
const ONE_POLL_MS = 100_000;
/** One failed poll: the first request and the node's 4 retries. */
const FAILED_POLL_REQUESTS = 5;

export function describeExploreTrigger(suite: () => LineFixture): void {
	const simulator = () => suite().simulators.trigger;
	const delivered = () => simulator().sink(TRIGGER_SINK) as Array<{ id: string }>;
	const deliveredIds = () =>
		delivered()
			.map((flag) => flag.id)
			.sort();
	let server: N8nServer | undefined;
	let api: N8nRestClient | undefined;
	const flagged: string[] = [];

	const flagProjects = (count: number) => {
		const { ids } = simulator().flag({ endpoint: 'projectFlagged', count });
		flagged.push(...ids.map(String));
	};
	const waitForDeliveries = (count: number, timeoutMs: number) =>
		waitUntil(() => delivered().length >= count, {
			timeoutMs,
			what: `${count} flags delivered to the sink (have ${delivered().length})`,
			context: () => server?.logTail(30) ?? '',
		});

	describe('EXPLORE Trigger in a running n8n', () => {
		it('serves both node types and the exploreApi credential type to the editor, with no load problem', async () => {
			server = await suite().timer.time('start n8n', () => suite().session.start());
			api = await suite().session.ownerSetupAndLogin(server);
			const nodeTypes = await api.getAuthenticated<Array<{ name: string }>>('types/nodes.json');
			const credentialTypes =
				await api.getAuthenticated<Array<{ name: string }>>('types/credentials.json');
			expect(nodeTypes.map((type) => type.name)).toEqual(
				expect.arrayContaining(['n8n-nodes-explore.explore', 'n8n-nodes-explore.exploreTrigger']),
			);
			expect(credentialTypes.map((type) => type.name)).toContain('exploreApi');
			expect(packageLoadProblems(server.logs(), 'n8n-nodes-explore')).toEqual([]);
		});

		it('sends each project flagged after activation to the workflow exactly once', async () => {
			flagProjects(3); // at once: a flag in the very second of the activation counts too

			await suite().timer.time('first delivery', () => waitForDeliveries(3, ONE_POLL_MS));

			expect(deliveredIds()).toEqual([...flagged].sort());
		});

		it(
			'after a restart during an EXPLORE outage, sends the projects flagged meanwhile exactly once',
			async () => {
				await server!.stop();
				flagProjects(2);
				simulator().clearRequests();
				simulator().addFault({ kind: 'status', status: 503, count: 1000 });

				server = await suite().timer.time('restart n8n', () => suite().session.start());
				await suite().timer.time('one failed poll', () =>
					waitUntil(() => simulator().stats().faultsInjected >= FAILED_POLL_REQUESTS, {
						timeoutMs: ONE_POLL_MS,
						what: 'a poll failing on HTTP 503',
					}),
				);
				simulator().clearFaults();
				await suite().timer.time('delivery after the outage', () =>
					waitForDeliveries(flagged.length, 2 * ONE_POLL_MS),
				);

				expect(deliveredIds()).toEqual([...flagged].sort());
				expect(simulator().stats().byStatus['503']).toBeGreaterThanOrEqual(FAILED_POLL_REQUESTS);
				// the owner exists since the first start: log in again on the new server
				api = new N8nRestClient(server, suite().session.install);
				await api.login();
				const executions = await api.listExecutions(suite().trigger.id);
				// one execution per delivering poll; polls that find nothing new start none
				expect(executions.filter((execution) => execution.status === 'success')).toHaveLength(2);
			},
			6 * 60_000,
		);
	});
}
