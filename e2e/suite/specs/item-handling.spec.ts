// Spec: the EXPLORE node runs once per input item, with expressions and Continue on error.
import { CONTINUE_ON_FAIL_EMAILS, EXPRESSION_REQUESTS } from '../action-workflows';
import { CAMILLE, JULIEN, THOMAS } from '../collaborators';
import type { LineFixture } from '../line-fixture';
import { pairedInputIndexes } from '../run-data';

export function describeItemHandling(suite: () => LineFixture): void {
	const execution = (workflow: keyof LineFixture['actions']) =>
		suite().batch.executions[suite().actions[workflow].id!];
	const requestsWithEmails = () =>
		suite()
			.simulators.main.requests()
			.filter((entry) => entry.endpoint === 'CRMAlertes/Projets' && entry.params?.Emails);

	describe('input items', () => {
		it('runs once per input item, with Limit and Collaborator Emails from expressions', () => {
			const run = execution('expressions');
			const projects = run.nodeOutput('Projects per Request');
			expect(projects.map((project) => project.flaggedBy)).toEqual([
				THOMAS,
				THOMAS,
				CAMILLE,
				CAMILLE,
				CAMILLE,
			]);
			expect(pairedInputIndexes(run.run, 'Projects per Request')).toEqual([0, 0, 1, 1, 1]);
			const asked = requestsWithEmails()
				.filter((entry) => [THOMAS, CAMILLE].includes(entry.params!.Emails))
				.map((entry) => [entry.params!.Emails, entry.params!.Max]);
			expect(asked).toEqual(
				EXPRESSION_REQUESTS.map(({ collaborator, howMany }) => [collaborator, String(howMany)]),
			);
		});

		it('gives an error item for an item whose e-mail expression is invalid and carries on with the others', () => {
			const run = execution('continueOnFail');
			expect(run.ok).toBe(true);
			const items = run.nodeOutput('Projects per Collaborator');
			expect(items.slice(0, 3).map((item) => item.flaggedBy)).toEqual([JULIEN, JULIEN, JULIEN]);
			expect(items[3]).toEqual({
				error: expect.stringContaining(
					`"${CONTINUE_ON_FAIL_EMAILS[1]}" is not a valid email address`,
				),
			});
			expect(items).toHaveLength(4);
			expect(pairedInputIndexes(run.run, 'Projects per Collaborator')).toEqual([0, 0, 0, 1]);
			const asked = requestsWithEmails().filter((entry) =>
				entry.params!.Emails.startsWith('julien'),
			);
			expect(asked.map((entry) => entry.params!.Emails)).toEqual([JULIEN]);
		});
	});
}
