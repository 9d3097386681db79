/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- e2e test code run by Node and jest, never shipped in the n8n package */
// Spec: n8n loads the packed package as a community package.
import * as fs from 'fs';
import * as path from 'path';
import { LoadedNodeType, packageLoadProblems } from '../../lib';
import { EXAMPLE_FILES, ExampleKey } from '../example-workflows';
import type { LineFixture } from '../line-fixture';

const PACKAGE = JSON.parse(
	fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8'),
) as { name: string; version: string };

/** Every version of every node type; a versioned node is listed once per implementation. */
function knownVersions(loaded: LoadedNodeType[]): Map<string, number[]> {
	const known = new Map<string, number[]>();
	for (const { name, version } of loaded) {
		known.set(name, [
			...(known.get(name) ?? []),
			...(Array.isArray(version) ? version : [version]),
		]);
	}
	return known;
}

export function describePackageLoading(suite: () => LineFixture): void {
	describe('package loading', () => {
		it('installs the packed package as a community package', () => {
			expect(suite().session.installedPackages).toEqual([
				expect.objectContaining({ name: PACKAGE.name, version: PACKAGE.version }),
			]);
		});

		it('loads the EXPLORE node and the EXPLORE Trigger under the package name', () => {
			const ours = suite().loadedNodes.filter((node) => node.name.startsWith(`${PACKAGE.name}.`));
			expect(ours).toEqual(
				expect.arrayContaining([
					expect.objectContaining({ name: 'n8n-nodes-explore.explore', displayName: 'EXPLORE' }),
					expect.objectContaining({
						name: 'n8n-nodes-explore.exploreTrigger',
						displayName: 'EXPLORE Trigger',
					}),
				]),
			);
		});

		it('logs no load problem for the package while running workflows', () => {
			expect(packageLoadProblems(suite().batch.command.output, PACKAGE.name)).toEqual([]);
		});

		it.each(
			Object.entries(EXAMPLE_FILES).map(([key, file]) => [file, key]) as Array<
				[string, ExampleKey]
			>,
		)('imports examples/%s, each node type and version known to this n8n', (_file, key) => {
			const known = knownVersions(suite().loadedNodes);
			const unresolved = suite()
				.examples.originals[key].nodes.filter(
					(node) => !known.get(node.type)?.includes(node.typeVersion as number),
				)
				.map((node) => `${node.name}: ${node.type}@${String(node.typeVersion)}`);
			expect(unresolved).toEqual([]);
		});
	});
}
