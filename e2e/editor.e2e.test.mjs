// End-to-end: what a newcomer meets in the editor of a real `n8n start` (the line named by
// E2E_N8N_LINE), the package installed as a community package. One n8n server, one headless
// Chromium (Debian's /usr/bin/chromium, driven by playwright-core, which never downloads a browser):
// - Code nodes run on the Node that runs n8n (the bundled Node 24), not on the machine's `node`;
// - n8n starts without the WEBHOOK_URL deprecation warning;
// - the package, recorded as `npm run dev` records it, is listed in Settings → Community nodes;
// - the Salla node's panel: Customer Group → Create, a condition added, its Operator switched to
//   Between shows Min Value and Max Value instead of Value; the credential dialog opens;
// - dropdowns with a credential saved but not connected: n8n's server answers with the message in
//   words (the editor showed "[object Object]" for a NodeApiError), the panel shows it, and Update
//   Status still offers Salla's original statuses;
// - searching "Salla" in the nodes panel shows a description of both nodes; the trigger's panel warns
//   that Salla needs a public https webhook URL.
// Run it with `npm run test:e2e`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';


import { CHROMIUM, keepFailure, launchChromium, openCredentialDialog } from '../harness/browser.mjs';
import { CREDENTIAL_TYPE, sallaCredentialData } from '../harness/credentials.mjs';
import { N8nServer, N8nUnderTest } from '../harness/n8n.mjs';
import { NODE_TYPE } from '../harness/workflows.mjs';
import { nodeBinary, PACKAGE, userFoldersRoot } from '../harness/n8n-env.mjs';
import { recordInstalledPackage } from '../harness/package.mjs';

const LINE = process.env.E2E_N8N_LINE || '2.x';
const BROWSER_ID = 'salla-e2e-browser';
const UI_TIMEOUT = 30_000;

const VERSION_PATH = `salla-e2e-node-version-${LINE.replace(/\W/g, '')}`;
/** Webhook → Code: answers with the `process.version` of the process that ran the Code node. */
const versionWorkflow = {
	name: 'Node version of Code nodes',
	active: false,
	nodes: [
		{
			id: 'wh',
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: VERSION_PATH,
			parameters: { httpMethod: 'GET', path: VERSION_PATH, responseMode: 'lastNode', options: {} },
		},
		{
			id: 'code',
			name: 'Code',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			position: [200, 0],
			parameters: { jsCode: "return [{ json: { version: require('process').version } }];" },
		},
	],
	connections: { Webhook: { main: [[{ node: 'Code', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

describe(`the editor in n8n ${LINE} (n8n start, headless Chromium)`, { concurrency: false }, () => {
	/** @type {N8nUnderTest} */
	let n8n;
	/** @type {N8nServer} */
	let server;
	let browser;
	let page;
	let profileDir;
	let sallaWorkflowId;
	let credential;
	let unconnected;
	const timings = {};

	before(async () => {
		const t0 = Date.now();
		n8n = await new N8nUnderTest(LINE, { dataDir: join(userFoldersRoot(), `e2e-editor-${LINE}`) }).start();
		// the Code node reads process.version through require('process'): builtins are opt-in
		n8n.env.NODE_FUNCTION_ALLOW_BUILTIN = 'process';
		// listing community packages runs `npm outdated` against the registry unless unverified
		// packages are off: no registry calls from the suite
		n8n.env.N8N_UNVERIFIED_PACKAGES_ENABLED = 'false';
		server = await new N8nServer(n8n).start();
		await server.setupOwner();
		await recordInstalledPackage(LINE, n8n.userFolder);
		credential = await server.mustRest('POST', '/credentials', {
			name: 'Salla (e2e, editor)',
			type: CREDENTIAL_TYPE,
			data: sallaCredentialData({ accessToken: 'at-editor', refreshToken: 'rt-editor' }),
		});
		const salla = await server.mustRest('POST', '/workflows', {
			name: 'Salla panel',
			active: false,
			nodes: [
				{
					id: 'salla-node',
					name: 'Salla',
					type: NODE_TYPE,
					typeVersion: 1,
					position: [0, 0],
					parameters: { resource: 'customerGroup', operation: 'create', name: 'VIP' },
					credentials: { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
				},
			],
			connections: {},
			settings: { executionOrder: 'v1' },
		});
		sallaWorkflowId = salla.id;
		timings.server = Date.now() - t0;
		process.stderr.write(`[e2e editor ${LINE}] n8n start ready in ${server.startMs} ms, set up in ${timings.server} ms\n`);
	});

	after(async () => {
		await browser?.close().catch(() => {});
		if (profileDir) rmSync(profileDir, { recursive: true, force: true });
		await server?.stop();
		await n8n?.stop();
		process.stderr.write(`[e2e editor ${LINE}] timings (ms): ${JSON.stringify(timings)}\n`);
	});

	test('Code nodes run on the Node that runs n8n (the bundled one), not on the machine\'s node', async () => {
		const expected = execFileSync(nodeBinary(LINE), ['--version'], { encoding: 'utf8' }).trim();
		const created = await server.mustRest('POST', '/workflows', versionWorkflow);
		await server.activate(created.id);
		let answer;
		for (let i = 0; i < 50; i++) {
			const r = await fetch(`${server.baseUrl}/webhook/${VERSION_PATH}`);
			answer = { status: r.status, body: await r.text() };
			if (r.status !== 404) break; // activation registers the webhook just after answering
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		assert.equal(answer.status, 200, answer.body);
		assert.equal(JSON.parse(answer.body).version, expected);
		await server.deactivate(created.id);
	});

	test('n8n starts without the WEBHOOK_URL deprecation warning', () => {
		assert.doesNotMatch(server.log, /WEBHOOK_URL/);
	});

	test('the package is an installed community package, with both its nodes, as Settings → Community nodes lists it', async () => {
		const packages = await server.mustRest('GET', '/community-packages');
		const ours = packages.find((p) => p.packageName === PACKAGE.name);
		assert.ok(ours, JSON.stringify(packages).slice(0, 1000));
		assert.equal(ours.installedVersion, PACKAGE.version);
		// The Salla node is version [1, 1.1] (1.1: Simplify on by default); n8n 2.30 lists the first, 2.41 the latest.
		const versions = { Salla: [1, 1.1], 'Salla Trigger': [1] };
		assert.deepEqual(ours.installedNodes.map((node) => [node.name, node.type]).sort((a, b) => a[0].localeCompare(b[0])), [
			['Salla', `${PACKAGE.name}.salla`],
			['Salla Trigger', `${PACKAGE.name}.sallaTrigger`],
		]);
		for (const node of ours.installedNodes) assert.ok(versions[node.name].includes(Number(node.latestVersion)), `${node.name} ${node.latestVersion}`);
	});

	test('a dropdown with a credential saved but not connected says so in words; Update Status offers Salla\'s original statuses', async () => {
		unconnected = await server.mustRest('POST', '/credentials', {
			name: 'Salla (e2e, not connected)',
			type: CREDENTIAL_TYPE,
			data: { ...sallaCredentialData({ accessToken: 'unused', refreshToken: 'unused' }), oauthTokenData: undefined },
		});
		const ask = (methodName, path, currentNodeParameters) =>
			server.rest('POST', '/dynamic-node-parameters/options', {
				nodeTypeAndVersion: { name: NODE_TYPE, version: 1 },
				currentNodeParameters,
				path,
				methodName,
				credentials: { [CREDENTIAL_TYPE]: { id: unconnected.id, name: unconnected.name } },
			});

		const groups = await ask('getCustomerGroups', 'groups', { resource: 'customer', operation: 'create' });
		assert.ok(groups.status >= 400, JSON.stringify(groups.body).slice(0, 500));
		// The editor shows `message` of an ordinary error; a NodeApiError's raw fields showed "[object Object]".
		assert.equal(groups.body.message, 'The Salla credential is not connected to the store');
		assert.notEqual(groups.body.name, 'NodeApiError');

		const statuses = await ask('getOrderStatusTargets', 'status', { resource: 'order', operation: 'updateStatus' });
		assert.equal(statuses.status, 200, JSON.stringify(statuses.body).slice(0, 500));
		assert.deepEqual(
			statuses.body.data.map((option) => option.value),
			['payment_pending', 'under_review', 'in_progress', 'completed', 'delivering', 'delivered', 'shipped', 'canceled', 'restored', 'restoring'].map((slug) => `slug:${slug}`),
		);
	});

	test('the Salla panel: a condition switched to Between shows Min Value and Max Value instead of Value; the credential dialog opens; Settings → Community nodes lists the package', async (t) => {
		if (!existsSync(CHROMIUM)) {
			assert.fail(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
		}
		const t0 = Date.now();
		profileDir = mkdtempSync(join(tmpdir(), 'salla-e2e-chromium-'));
		// a fresh profile (--user-data-dir), given the way playwright wants it
		browser = await launchChromium(profileDir);
		const context = browser;
		context.setDefaultTimeout(UI_TIMEOUT);
		// the owner's session: n8n binds its cookie to the browser id the editor keeps in localStorage
		await context.addInitScript((id) => window.localStorage.setItem('n8n-browserId', id), BROWSER_ID);
		const [name, value] = server.cookie.split('=');
		await context.addCookies([{ name, value, url: server.baseUrl }]);
		page = await context.newPage();
		timings.browserLaunch = Date.now() - t0;

		try {
			const t1 = Date.now();
			await page.goto(`${server.baseUrl}/workflow/${sallaWorkflowId}/salla-node`);
			// the node's panel, opened by the URL
			await page.getByRole('button', { name: 'Add Condition' }).click();
			const value = page.locator('[data-test-id="parameter-input-value"]');
			const min = page.locator('[data-test-id="parameter-input-min_value"]');
			const max = page.locator('[data-test-id="parameter-input-max_value"]');
			await value.waitFor({ state: 'visible' });
			assert.equal(await min.count(), 0);
			assert.equal(await max.count(), 0);

			await page.locator('[data-test-id="parameter-input-symbol"]').click();
			await page.getByRole('option', { name: 'Between', exact: true }).click();
			await min.waitFor({ state: 'visible' });
			await max.waitFor({ state: 'visible' });
			await value.waitFor({ state: 'detached' });
			timings.panel = Date.now() - t1;

			const t2 = Date.now();
			await page.locator('[data-test-id="node-credentials-select"]').first().waitFor({ state: 'visible' });
			await openCredentialDialog(page);
			const dialog = page.locator('[data-test-id="credential-edit-dialog"]');
			await dialog.waitFor({ state: 'visible' });
			timings.credentialDialog = Date.now() - t2;

			const t3 = Date.now();
			await page.goto(`${server.baseUrl}/settings/community-nodes`);
			await page.getByText(PACKAGE.name).first().waitFor({ state: 'visible' });
			timings.communityNodes = Date.now() - t3;
		} catch (error) {
			await keepFailure(t, page, n8n.dataDir, 'editor-failure');
			throw error;
		}
	});

	test('in the panel, a dropdown with a credential saved but not connected shows the message in words, not [object Object]', async (t) => {
		assert.ok(page, 'the browser of the previous test is open');
		const workflow = await server.mustRest('POST', '/workflows', {
			name: 'Salla dropdown, not connected',
			active: false,
			nodes: [
				{
					id: 'salla-status-node',
					name: 'Salla',
					type: NODE_TYPE,
					typeVersion: 1,
					position: [0, 0],
					// Order Status → Create: Parent Status is a dropdown loaded from the store
					parameters: { resource: 'orderStatus', operation: 'create' },
					credentials: { [CREDENTIAL_TYPE]: { id: unconnected.id, name: unconnected.name } },
				},
			],
			connections: {},
			settings: { executionOrder: 'v1' },
		});
		try {
			await page.goto(`${server.baseUrl}/workflow/${workflow.id}/salla-status-node`);
			const parameter = page.locator('[data-test-id="parameter-input-parent_id"]');
			await parameter.waitFor({ state: 'visible' });
			// the warning sign after each field with an issue (Name and Message are empty too): its tooltip
			const shown = page.getByText('There was a problem loading the parameter options from server').first();
			const signs = page.locator('[data-test-id="parameter-issues"]');
			for (let round = 0; round < 10 && !(await shown.isVisible()); round++) {
				for (let i = 0; i < (await signs.count()) && !(await shown.isVisible()); i++) {
					await signs.nth(i).hover();
					await shown.waitFor({ state: 'visible', timeout: 1_000 }).catch(() => {});
				}
			}
			await shown.waitFor({ state: 'visible', timeout: 1_000 });
			const text = await shown.textContent();
			assert.match(text, /"The Salla credential is not connected to the store"/);
			assert.doesNotMatch(text, /object Object/);
		} catch (error) {
			await keepFailure(t, page, n8n.dataDir, 'editor-dropdown-failure', { html: true });
			throw error;
		}
	});

	test('the nodes panel: searching "Salla" describes both nodes; the trigger\'s panel warns that Salla needs a public https webhook URL', async (t) => {
		assert.ok(page, 'the browser of the previous tests is open');
		const workflow = await server.mustRest('POST', '/workflows', {
			name: 'Salla Trigger panel',
			active: false,
			nodes: [
				{
					id: 'salla-trigger-node',
					name: 'Salla Trigger',
					type: `${NODE_TYPE}Trigger`,
					typeVersion: 1,
					position: [0, 0],
					webhookId: 'salla-e2e-editor-trigger',
					parameters: { events: ['order.created'] },
					credentials: { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
				},
			],
			connections: {},
			settings: { executionOrder: 'v1' },
		});
		try {
			// n8n's own webhook URL here is http://127.0.0.1: the notice is what tells the user before Salla refuses it
			await page.goto(`${server.baseUrl}/workflow/${workflow.id}/salla-trigger-node`);
			await page.getByText('Salla delivers events only to a public https address').first().waitFor({ state: 'visible' });

			await page.goto(`${server.baseUrl}/workflow/new`);
			await page.locator('[data-test-id="canvas-add-button"], [data-test-id="node-creator-plus-button"]').first().click();
			const search = page.locator('[data-test-id="node-creator-search-bar"] input, input[placeholder^="Search"]').first();
			await search.waitFor({ state: 'visible' });
			await search.fill('Salla');
			if (LINE === 'min') {
				// n8n 2.30's trigger list shows names without descriptions: the merged entry is there.
				await page.getByText('Salla', { exact: true }).first().waitFor({ state: 'visible' });
			} else {
				await page.getByText('Manage a Salla store and start workflows from its events').first().waitFor({ state: 'visible' });
			}
		} catch (error) {
			await keepFailure(t, page, n8n.dataDir, 'editor-salla-search-failure');
			throw error;
		}
	});
});
