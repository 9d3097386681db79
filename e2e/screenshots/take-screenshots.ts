/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- a script run by Node, never shipped */
/**
 * Screenshots of the n8n editor with this package, for docs/images/.
 *
 * Assumes `npm run demo` is running (n8n with the demo workflows and credential) and that
 * playwright-core is installed outside the repo:
 *
 *   mkdir -p /tmp/pw && (cd /tmp/pw && npm init -y && npm install --no-save playwright-core)
 *   apt-get install -y chromium
 *   PLAYWRIGHT_DIR=/tmp/pw npx tsx e2e/screenshots/take-screenshots.ts
 *
 * Env: PLAYWRIGHT_DIR (folder holding node_modules/playwright-core, required),
 *      N8N_URL (default http://localhost:5678), CHROMIUM (default /usr/bin/chromium),
 *      OUT_DIR (default docs/images), N8N_EMAIL / N8N_PASSWORD (demo owner by default).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const pwDir = process.env.PLAYWRIGHT_DIR;
if (!pwDir) {
	console.error('Set PLAYWRIGHT_DIR to a folder where playwright-core is installed.');
	process.exit(2);
}
const { chromium } = createRequire(path.join(path.resolve(pwDir), 'package.json'))(
	'playwright-core',
) as typeof import('playwright-core');
type Page = import('playwright-core').Page;

const baseUrl = (process.env.N8N_URL ?? 'http://localhost:5678').replace(/\/$/, '');
const outDir = path.resolve(process.env.OUT_DIR ?? path.join(__dirname, '../../docs/images'));
const email = process.env.N8N_EMAIL ?? 'owner@e2e.invalid';
const password = process.env.N8N_PASSWORD ?? 'E2e-Passw0rd!';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function shot(page: Page, name: string) {
	await sleep(800); // let transitions and icons settle
	const file = path.join(outDir, name);
	await page.screenshot({ path: file });
	console.log(`saved ${file}`);
}

async function login(page: Page) {
	await page.goto(`${baseUrl}/signin`);
	await page.locator('input[type="email"], input[name="emailOrLdapLoginId"]').first().fill(email);
	await page.locator('input[type="password"]').first().fill(password);
	await page.keyboard.press('Enter');
	await page.waitForURL((u) => !u.pathname.startsWith('/signin'), { timeout: 30_000 });
}

async function workflowIdByName(page: Page, name: string): Promise<string> {
	// From inside the editor: its REST calls carry the browser-id header the session cookie needs.
	const list = await page.evaluate(async () => {
		const res = await fetch('/rest/workflows', {
			headers: { 'browser-id': localStorage.getItem('n8n-browserId') ?? '' },
		});
		return ((await res.json()) as { data?: Array<{ id: string; name: string }> }).data ?? [];
	});
	const wf = list.find((w) => w.name === name);
	if (!wf) throw new Error(`workflow "${name}" not found among ${list.length}`);
	return wf.id;
}

async function dismissPopups(page: Page) {
	for (let i = 0; i < 2; i++) {
		await page.keyboard.press('Escape');
		await sleep(200);
	}
}

async function openWorkflow(page: Page, name: string) {
	const id = await workflowIdByName(page, name);
	await page.goto(`${baseUrl}/workflow/${id}`);
	await page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 30_000 });
	await sleep(1000);
	await dismissPopups(page);
}

async function openNodesPanel(page: Page, search: string) {
	const plus = page.locator('[data-test-id="node-creator-plus-button"]');
	if (await plus.count()) await plus.first().click();
	else await page.keyboard.press('Tab');
	const input = page
		.locator(
			'[data-test-id="node-creator-search-bar"] input, [data-test-id="node-creator-search-bar"]',
		)
		.first();
	await input.waitFor({ timeout: 10_000 });
	await input.fill(search);
	await sleep(1200);
}

async function openNode(page: Page, nodeName: string) {
	const ndv = page.locator('[data-test-id="ndv"]').first();
	for (let attempt = 0; attempt < 3; attempt++) {
		await page.locator(`[data-test-id="canvas-node"][data-node-name="${nodeName}"]`).dblclick();
		try {
			await ndv.waitFor({ state: 'visible', timeout: 5_000 });
			await sleep(800);
			return;
		} catch {
			await dismissPopups(page);
		}
	}
	throw new Error(`could not open node "${nodeName}"`);
}

/** Adds every entry of a collection parameter ("Add Filter" / "Add option"), so its fields show. */
async function addAllCollectionEntries(page: Page, maxEntries = 6) {
	for (let round = 0; round < maxEntries; round++) {
		const buttons = page.locator(
			'[data-test-id="collection-parameter-add"], [data-test-id="collection-parameter-add-header"]',
		);
		const n = await buttons.count();
		let added = false;
		for (let i = 0; i < n; i++) {
			const b = buttons.nth(i);
			if (!(await b.isVisible())) continue;
			await b.click();
			await sleep(400);
			const option = page.locator('[data-test-id="collection-parameter-option"]:visible').first();
			if (await option.count()) {
				await option.click();
				await sleep(400);
				added = true;
			} else {
				await page.keyboard.press('Escape');
			}
		}
		if (!added) break;
	}
}

async function main() {
	const userDataDir = mkdtempSync(path.join(tmpdir(), 'pw-chromium-'));
	// A fresh profile: launchPersistentContext passes it as --user-data-dir.
	const context = await chromium
		.launchPersistentContext(userDataDir, {
			viewport: { width: 1440, height: 900 },
			executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		})
		.catch((err: unknown) => {
			rmSync(userDataDir, { recursive: true, force: true });
			throw err;
		});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await login(page);

		// 1. Nodes panel, search "EXPLORE"
		await openWorkflow(page, 'Import flagged projects');
		await openNodesPanel(page, 'EXPLORE');
		await shot(page, 'nodes-panel.png');
		// A taller window from here on, so that whole lists and forms show.
		await page.setViewportSize({ width: 1440, height: 1300 });
		// The merged EXPLORE entry opens the list of its actions and triggers.
		await page
			.locator('[data-test-id="node-creator-item-name"]', { hasText: /^EXPLORE$/ })
			.first()
			.click();
		await sleep(800);
		// Its "Triggers" section starts collapsed: open it too.
		const triggers = page.getByText(/^Triggers \(\d+\)/).first();
		if (await triggers.count()) await triggers.click();
		await shot(page, 'nodes-panel-actions.png');
		await dismissPopups(page);

		// 2. EXPLORE node with its Filters and Options entries added (not saved)
		await openNode(page, 'Get flagged projects');
		await addAllCollectionEntries(page);
		await page.mouse.move(5, 5);
		await shot(page, 'explore-node.png');
		await dismissPopups(page);

		// 3. EXPLORE Trigger node
		await openWorkflow(page, 'New flagged project → notify');
		await openNode(page, 'New flagged project');
		await addAllCollectionEntries(page);
		await page.mouse.move(5, 5);
		await shot(page, 'explore-trigger.png');
		await dismissPopups(page);

		await page.setViewportSize({ width: 1440, height: 900 });

		// 4. Credential form (its dialog has a fixed height: the taller window does not help)
		await page.goto(`${baseUrl}/home/credentials`);
		const card = page.getByText('EXPLORE (demo simulator)').first();
		await card.waitFor({ timeout: 15_000 });
		await card.click();
		await page
			.locator('[data-test-id="editCredential-modal"], .el-dialog')
			.first()
			.waitFor({ timeout: 15_000 });
		await sleep(1000);
		await shot(page, 'credential.png');
		await dismissPopups(page);

		// 5. Nodes panel in the dark theme (n8n keeps the theme in localStorage N8N_THEME)
		await page.evaluate(() => localStorage.setItem('N8N_THEME', 'dark'));
		await openWorkflow(page, 'Import flagged projects');
		await openNodesPanel(page, 'EXPLORE');
		await shot(page, 'nodes-panel-dark.png');
		await page.evaluate(() => localStorage.removeItem('N8N_THEME'));
	} finally {
		await context.close();
		rmSync(userDataDir, { recursive: true, force: true });
	}
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
