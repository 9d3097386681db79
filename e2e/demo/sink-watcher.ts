// Prints what the demo workflows post to the simulator's sinks (stand-ins for Slack and a CRM).
import type { Simulator } from '../../sandbox/server';
import { event } from './console-output';
import { repeat } from './repeat';

type Entry = Record<string, unknown>;

const DESCRIBE: Record<string, (entry: Entry) => string> = {
	notifications: (project) => `"${project.title}" — ${project.city} (project ${project.id})`,
	crm: (company) =>
		`${company.name} — ${company.city} (company ${company.id}, SIREN ${company.siren})`,
};

export const DEMO_SINKS = Object.keys(DESCRIBE);

export function startSinkWatcher(simulator: Simulator): () => void {
	const seen = new Map(DEMO_SINKS.map((name) => [name, simulator.sink(name).length]));
	return repeat(1000, () => {
		for (const name of DEMO_SINKS) {
			const entries = simulator.sink(name) as Entry[];
			for (const entry of entries.slice(seen.get(name))) {
				event(`sink`, `${name} ← ${DESCRIBE[name](entry ?? {})}`);
			}
			seen.set(name, entries.length);
		}
	});
}
