import { THROWAWAY_NODE_TYPE, buildThrowawayPackage, withN8nSession } from '../lib';
describe.each(['2'])('n8n %s', (line) => {
	it('loads and runs the throwaway node', async () => {
		const tgz = await buildThrowawayPackage();
		await withN8nSession({ line, tarballs: [tgz] }, async (n8n) => {
			const nodes = await n8n.listLoadedNodes('n8n-nodes-e2e-throwaway.');
			expect(nodes.map((n) => n.name)).toContain(THROWAWAY_NODE_TYPE);
		});
	});
});
