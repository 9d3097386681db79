// Spec: the example workflows of examples/ run in n8n; their CRM and Slack steps post to sinks.
import { matchingTotal } from '../../lib';
import type { LineFixture } from '../line-fixture';
import { SIMPLIFIED_PROJECT_FIELDS, fieldsOf } from '../record-shapes';
import { ExampleKey, TRIGGER_STAND_IN_LIMIT } from '../example-workflows';
import { parisDateTime } from '../paris-time';

const digitsOf = (text: string) => text.replace(/\D/g, '');

export function describeExampleWorkflows(suite: () => LineFixture): void {
	const copy = (key: Exclude<ExampleKey, 'list'>) => suite().examples.copies[key];
	const copyOutput = (key: Exclude<ExampleKey, 'list'>, node: string) =>
		suite().batch.executions[copy(key).workflow.id].nodeOutput(node);
	const sink = (key: Exclude<ExampleKey, 'list'>, node: string) =>
		suite().simulators.main.sink(copy(key).sinks[node]) as Array<Record<string, string>>;

	describe('example workflows', () => {
		it('list-flagged-projects.json lists 10 simplified projects', () => {
			const original = suite().examples.originals.list;
			const projects = suite().batch.executions[original.id].nodeOutput('Get Flagged Projects');
			expect(projects).toHaveLength(10);
			for (const project of projects) expect(fieldsOf(project)).toEqual(SIMPLIFIED_PROJECT_FIELDS);
		});

		describe('flagged-project-to-hubspot-and-slack.json', () => {
			const flagged = () => copyOutput('hubspotAndSlack', 'New Flagged Project');

			it('creates one HubSpot deal per flagged project, with its name, amount and description', () => {
				expect(flagged()).toHaveLength(TRIGGER_STAND_IN_LIMIT);
				expect(sink('hubspotAndSlack', 'Create HubSpot Deal')).toEqual(
					flagged().map((project) => ({
						dealstage: 'appointmentscheduled',
						dealname: project.title,
						amount: project.amount,
						description: expect.stringContaining(project.url),
					})),
				);
				for (const [index, deal] of sink('hubspotAndSlack', 'Create HubSpot Deal').entries()) {
					const project = flagged()[index];
					for (const part of [project.theme, project.city, project.postalCode, project.flaggedBy]) {
						expect(deal.description).toContain(part);
					}
				}
			});

			it('posts one Slack message per project: title, city, amount, who flagged it, link', () => {
				const messages = sink('hubspotAndSlack', 'Tell the Sales Channel');
				expect(messages).toHaveLength(TRIGGER_STAND_IN_LIMIT);
				for (const [index, message] of messages.entries()) {
					const project = flagged()[index];
					expect(message.channel).toBe('#new-projects');
					for (const part of [project.title, project.city, project.flaggedBy, `<${project.url}|`]) {
						expect(message.text).toContain(part);
					}
					const amountLine = message.text.split('\n').find((line) => line.startsWith(':moneybag:'));
					expect(digitsOf(amountLine ?? '')).toBe(
						project.amount === null ? '' : String(project.amount),
					);
				}
			});
		});

		describe('daily-batipulse-companies-to-pipedrive.json', () => {
			it('asks for the Batipulse companies flagged in the last 24 hours, all of them', async () => {
				const [request] = suite()
					.simulators.main.requests()
					.filter(
						(entry) =>
							entry.endpoint === 'CRMAlertes/Batipulse/Societes' && entry.params?.DateDebut,
					);
				const since = request.params!.DateDebut;
				const oneDayBefore = (instant: string, lagMs = 0) =>
					parisDateTime(new Date(Date.parse(instant) - 24 * 3600_000 - lagMs));
				// $now.minus({ days: 1 }) in Paris time, taken at most a minute before the request ended
				expect(since >= oneDayBefore(request.time, 60_000)).toBe(true);
				expect(since <= oneDayBefore(request.time)).toBe(true);
				const companies = copyOutput('pipedrive', 'Companies Flagged in Batipulse');
				expect(companies.length).toBeGreaterThan(0);
				expect(companies).toHaveLength(
					await matchingTotal(suite().simulators.oracle, 'CRMAlertes/Batipulse/Societes', {
						DateDebut: since,
					}),
				);
			});

			it('creates one Pipedrive organization per company, with its name and address', () => {
				const companies = copyOutput('pipedrive', 'Companies Flagged in Batipulse');
				expect(sink('pipedrive', 'Create Pipedrive Organization')).toEqual(
					companies.map((company) => ({
						name: company.name,
						address: [company.address, [company.postalCode, company.city].filter(Boolean).join(' ')]
							.filter(Boolean)
							.join(', '),
					})),
				);
			});
		});

		describe('email-alerts-slack-digest.json', () => {
			it('posts one Slack message listing every alert since yesterday', () => {
				const alerts = copyOutput('slackDigest', 'Alerts Since Yesterday');
				expect(alerts.length).toBeGreaterThan(0);
				const messages = sink('slackDigest', 'Post the Digest');
				expect(messages).toHaveLength(1);
				expect(messages[0].channel).toBe('#explore-alerts');
				expect(messages[0].text.split('\n')).toEqual([
					`:bell: *${alerts.length} EXPLORE e-mail alert(s) since yesterday*`,
					...alerts.map(
						(alert) =>
							`• *${alert.alertName}* – ${alert.projectCount} project(s), for ${alert.recipient}`,
					),
				]);
			});
		});
	});
}
