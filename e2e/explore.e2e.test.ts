/* eslint-disable @n8n/community-nodes/no-restricted-globals -- e2e test code run by Node and jest, never shipped in the n8n package */
// n8n-nodes-explore in a real n8n, on each line (2.x and 1.x): one n8n session per line, every
// workflow imported and run in batches (e2e/suite/line-fixture.ts), then the specs below.
import { progress } from './lib/progress';
import { LineFixture, openLineFixture } from './suite/line-fixture';
import { describeAuthentication } from './suite/specs/authentication.spec';
import { describeExampleWorkflows } from './suite/specs/example-workflows.spec';
import { describeExploreOperations } from './suite/specs/explore-operations.spec';
import { describeExploreTrigger } from './suite/specs/explore-trigger.spec';
import { describeItemHandling } from './suite/specs/item-handling.spec';
import { describePackageLoading } from './suite/specs/package-loading.spec';
import { describeSecretHygiene } from './suite/specs/secret-hygiene.spec';

const LINES = (process.env.N8N_E2E_LINES ?? '2,1')
	.split(',')
	.map((line) => line.trim())
	.filter(Boolean);

describe.each(LINES)('n8n line %s with n8n-nodes-explore', (line) => {
	let fixture: LineFixture | undefined;
	const suite = () => {
		if (!fixture) throw new Error(`The n8n line ${line} fixture did not open (see beforeAll)`);
		return fixture;
	};

	beforeAll(async () => {
		fixture = await openLineFixture(line);
	}, 10 * 60_000);

	afterAll(async () => {
		if (fixture) progress(fixture.timer.summary());
		await fixture?.close();
	}, 2 * 60_000);

	describePackageLoading(suite);
	describeExploreOperations(suite);
	describeItemHandling(suite);
	describeAuthentication(suite);
	describeExampleWorkflows(suite);
	describeExploreTrigger(suite);
	describeSecretHygiene(suite);
});
