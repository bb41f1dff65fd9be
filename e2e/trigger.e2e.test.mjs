// End-to-end: the Salla Trigger inside a real n8n server (`n8n start` of the line named by
// E2E_N8N_LINE), the package installed as a community package, the workflow activated and
// deactivated through n8n's REST API as the editor does it, Salla played by the stand-in (which
// records the webhooks registered with it and sends signed deliveries to their URLs), and every
// execution read back from n8n's own REST API. The workflow is examples/trigger-dedupe.json (Salla
// Trigger -> Remove Duplicates -> No Op), with a second event added. Run it with `npm run test:e2e`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { CLIENT_ID, CLIENT_SECRET, CREDENTIAL_TYPE, sallaCredentialData } from '../harness/credentials.mjs';
import { N8nServer, N8nUnderTest, sleep } from '../harness/n8n.mjs';
import { PACKAGE, ROOT, userFoldersRoot } from '../harness/n8n-env.mjs';

const LINE = process.env.E2E_N8N_LINE || '2.x';
const TRIGGER_TYPE = `${PACKAGE.name}.sallaTrigger`;
const CRED = { name: 'Salla (e2e, trigger)', type: CREDENTIAL_TYPE };
const TOKENS = { accessToken: 'at-trigger', refreshToken: 'rt-trigger-unused' };
const EVENTS = ['order.created', 'customer.created'];
/** Time for n8n to save an execution it would have started (it answers Salla before running). */
const SETTLE_MS = 1500;

const example = JSON.parse(readFileSync(join(ROOT, 'examples/trigger-dedupe.json'), 'utf8'));
const TRIGGER = example.nodes.find((node) => node.type === TRIGGER_TYPE);
const DEDUPE = example.nodes.find((node) => node.type === 'n8n-nodes-base.removeDuplicates');
const LAST = example.nodes.find((node) => node.type === 'n8n-nodes-base.noOp');

/** The example as a user imports it: their credential chosen, and one more event picked. */
function workflowUnderTest(credential) {
	const nodes = structuredClone(example.nodes);
	const trigger = nodes.find((node) => node.type === TRIGGER_TYPE);
	trigger.parameters.events = EVENTS;
	trigger.credentials = { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } };
	const { name, connections, settings } = example;
	return { name, nodes, connections, settings, active: false };
}

/**
 * A delivery as Salla's PHP backend writes it (escaped slashes, \u escapes for Arabic): only a check
 * on the raw bytes accepts its signature, as re-serialising the parsed body changes them.
 */
const RAW_ORDER =
	'{"event":"order.created","merchant":1234509876,"created_at":"Wed Jun 30 2021 12:16:25 GMT+0300",' +
	'"data":{"id":2054311393,"reference_id":71985741,"total":{"amount":325,"currency":"SAR"},' +
	'"customer":{"first_name":"\\u0633\\u0627\\u0631\\u0629"},"urls":{"customer":"https:\\/\\/store.example.com\\/orders\\/2054311393"}}}';
const ORDER = JSON.parse(RAW_ORDER);

const subscribes = (standin) =>
	standin.requests.filter((r) => r.method === 'POST' && r.path === '/admin/v2/webhooks/subscribe');
const strategyUpdates = (standin) => standin.requests.filter((r) => r.method === 'PUT' && /^\/admin\/v2\/webhooks\/\d+$/.test(r.path));
const unsubscribes = (standin) =>
	standin.requests.filter((r) => r.method === 'DELETE' && r.path === '/admin/v2/webhooks/unsubscribe');

/** Polls `check` until it returns true (n8n 2.x activates and deactivates through an outbox, after answering). */
async function eventually(check, what, timeoutMs = 30_000) {
	const t0 = Date.now();
	while (!(await check())) {
		if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await sleep(100);
	}
}

function outputOf(execution, nodeName) {
	return execution.data?.resultData?.runData?.[nodeName]?.[0]?.data?.main?.[0] ?? [];
}

describe(`Salla Trigger in n8n ${LINE} (n8n start)`, { concurrency: false }, () => {
	/** @type {N8nUnderTest} */
	let n8n;
	/** @type {N8nServer} */
	let server;
	let standin;
	/** webhook id -> event, as registered at activation */
	const registered = new Map();
	let productionUrl;
	let workflowId;
	let credentialId;

	before(async () => {
		const t0 = Date.now();
		n8n = await new N8nUnderTest(LINE, { dataDir: join(userFoldersRoot(), `e2e-trigger-${LINE}`) }).start();
		standin = n8n.standin;
		standin.addClient(CLIENT_ID, CLIENT_SECRET);
		standin.addAccessToken(TOKENS.accessToken);
		server = await new N8nServer(n8n).start();
		await server.setupOwner();
		// as a user does it in the editor: the credential saved (n8n encrypts it), the example imported
		const credential = await server.mustRest('POST', '/credentials', {
			name: CRED.name,
			type: CRED.type,
			data: sallaCredentialData(TOKENS),
		});
		const created = await server.mustRest('POST', '/workflows', workflowUnderTest(credential));
		workflowId = created.id;
		credentialId = credential.id;
		productionUrl = `${server.baseUrl}/webhook/${TRIGGER.webhookId}/webhook`;
		process.stderr.write(`[e2e trigger ${LINE}] n8n start ready in ${server.startMs} ms, set up in ${Date.now() - t0} ms\n`);
	});

	after(async () => {
		await server?.stop();
		await n8n?.stop();
	});

	test('n8n start loads the package from its community-package folder and knows the trigger', async () => {
		assert.match(n8n.packageDir, /\.n8n\/nodes\/node_modules\/n8n-nodes-salla-merchant$/);
		const wf = await server.workflow(workflowId);
		assert.equal(wf.active, false);
		assert.deepEqual(wf.nodes.find((node) => node.name === TRIGGER.name).parameters.events, EVENTS);
		assert.deepEqual(await server.executions(workflowId), []);
	});

	test('the event picker, as the editor loads it: built-in events before a credential, the store\'s live list added after, built-ins kept when it fails', async () => {
		const ask = (credentials) =>
			server.mustRest('POST', '/dynamic-node-parameters/options', {
				nodeTypeAndVersion: { name: TRIGGER_TYPE, version: 1 },
				currentNodeParameters: { events: [], securityStrategy: 'signature', options: {} },
				path: 'events',
				methodName: 'getEvents',
				...(credentials ? { credentials } : {}),
			});
		const eventsAsked = () => standin.requests.filter((r) => r.path === '/admin/v2/webhooks/events');
		standin.requests.length = 0;
		standin.setWebhookEvents([
			{ id: 1, label: 'تم إنشاء طلب', event: 'order.created' },
			{ id: 2, label: 'تم شراء السلة', event: 'abandoned.cart.purchased' },
		]);

		const before = await ask();
		assert.equal(before.length, 58, JSON.stringify(before).slice(0, 300));
		assert.ok(before.some((o) => o.value === 'order.created' && o.name === 'Order Created'));
		assert.ok(before.some((o) => o.value === 'product.updated' && o.name === 'Product Updated (Deprecated)'));
		assert.equal(eventsAsked().length, 0, 'nothing asked of Salla without a credential');

		const connected = { [CREDENTIAL_TYPE]: { id: credentialId, name: CRED.name } };
		const live = await ask(connected);
		assert.equal(live.length, 59);
		assert.ok(live.some((o) => o.value === 'abandoned.cart.purchased'));
		assert.equal(eventsAsked().length, 1);
		assert.equal(eventsAsked()[0].headers.authorization, `Bearer ${TOKENS.accessToken}`);

		standin.webhookEventsFail = true;
		try {
			const failed = await ask(connected);
			assert.deepEqual(failed, before, 'the built-in events stay when the live list fails');
			assert.equal(eventsAsked().at(-1).response.status, 403);
		} finally {
			standin.webhookEventsFail = false;
		}
		assert.doesNotMatch(server.log, /SallaTrigger[\\/]SallaTrigger\.node\.js/, 'no stack trace of the node in n8n\'s log');
	});

	test('activation registers exactly one webhook per selected event, on the production URL, with a signature secret', async () => {
		standin.requests.length = 0;
		const activated = await server.activate(workflowId);
		assert.equal(activated.active, true, JSON.stringify(activated).slice(0, 500));
		await eventually(() => strategyUpdates(standin).length >= EVENTS.length, 'the webhooks to be registered', 60_000);
		await eventually(async () => JSON.stringify((await server.workflow(workflowId)).staticData ?? {}).includes('nonce'), 'static data to be saved');
		await sleep(500); // nothing more arrives

		const subs = subscribes(standin);
		assert.deepEqual(
			subs.map((r) => r.body.event).sort(),
			[...EVENTS].sort(),
			'one subscription per selected event',
		);
		for (const r of subs) {
			assert.equal(r.headers.authorization, `Bearer ${TOKENS.accessToken}`);
			assert.equal(r.body.url, `${productionUrl}?event=${r.body.event}`);
			assert.equal(r.body.version, 2);
			assert.match(r.body.name, new RegExp(`\\(workflow ${workflowId}\\)$`));
			registered.set(r.response.body.data.id, r.body.event);
		}
		const puts = strategyUpdates(standin);
		assert.equal(puts.length, EVENTS.length);
		for (const r of puts) {
			const id = Number(r.path.split('/').pop());
			assert.ok(registered.has(id), `strategy set on a webhook it registered (${id})`);
			assert.equal(r.body.security_strategy, 'signature');
			assert.match(r.body.secret, /^[0-9a-f]{64}$/);
		}
		assert.deepEqual([...standin.webhooks.keys()].sort(), [...registered.keys()].sort(), 'Salla holds exactly these webhooks');
		assert.equal(unsubscribes(standin).length, 0);
	});

	test('the secret Salla was given is not in the workflow n8n serves (static data holds a nonce only)', async () => {
		const wf = await server.workflow(workflowId);
		const stored = JSON.stringify(wf);
		const secrets = [...standin.webhooks.values()].map((hook) => hook.secret);
		assert.equal(new Set(secrets).size, 1, 'one secret for the node\'s webhooks');
		assert.ok(!stored.includes(secrets[0]), 'the secret is not readable through n8n\'s API');
		assert.match(stored, /"nonce":"[0-9a-f]{64}"/, 'static data was saved with its nonce');
	});

	test('a delivery signed with that secret gets 200 and starts exactly one execution whose output is the delivery', async () => {
		const orderHook = [...registered].find(([, event]) => event === 'order.created')[0];
		const answer = await standin.deliver(orderHook, RAW_ORDER);
		assert.equal(answer.status, 200, answer.text);
		const executions = await server.waitForExecutions(workflowId, 1);
		assert.equal(executions.length, 1, JSON.stringify(executions.map((e) => [e.id, e.status])));
		const [execution] = executions;
		assert.equal(execution.mode, 'webhook');
		assert.equal(execution.status, 'success');
		assert.deepEqual(outputOf(execution, TRIGGER.name).map((item) => item.json), [ORDER]);
		assert.deepEqual(outputOf(execution, LAST.name).map((item) => item.json), [ORDER], 'a first delivery passes Remove Duplicates');
	});

	test('forged signature, missing header, tampered body, malformed signature: 401 each, and nothing starts', async () => {
		const orderHook = [...registered].find(([, event]) => event === 'order.created')[0];
		const before = (await server.executions(workflowId)).length;
		const tampered = RAW_ORDER.replace('"amount":325', '"amount":1');
		const cases = {
			'signed with another secret': await standin.deliver(orderHook, RAW_ORDER, { signWith: 'f'.repeat(64) }),
			'no X-Salla-Signature header': await standin.deliver(orderHook, RAW_ORDER, { headers: { 'x-salla-signature': undefined } }),
			'body changed after signing': await standin.deliver(orderHook, RAW_ORDER, { rawOverride: tampered }),
			'signature that is not hex': await standin.deliver(orderHook, RAW_ORDER, { headers: { 'x-salla-signature': 'sha256=not-a-signature' } }),
		};
		for (const [name, answer] of Object.entries(cases)) {
			assert.equal(answer.status, 401, `${name}: ${answer.status} ${answer.text}`);
			assert.deepEqual(JSON.parse(answer.text), { message: 'Unauthorized' }, name);
		}
		await sleep(SETTLE_MS);
		assert.equal((await server.executions(workflowId)).length, before, 'no execution for a refused delivery');
	});

	test('a verified delivery of an event that is not selected gets 200 and starts nothing', async () => {
		const before = (await server.executions(workflowId)).length;
		const customerHook = [...registered].find(([, event]) => event === 'customer.created')[0];
		const answer = await standin.deliver(customerHook, {
			event: 'product.updated',
			merchant: 1234509876,
			created_at: 'Wed Jun 30 2021 12:20:00 GMT+0300',
			data: { id: 5 },
		});
		assert.equal(answer.status, 200, answer.text);
		await sleep(SETTLE_MS);
		assert.equal((await server.executions(workflowId)).length, before);
	});

	test('Salla delivering the same event twice: the second run stops at Remove Duplicates (the README\'s example)', async () => {
		const orderHook = [...registered].find(([, event]) => event === 'order.created')[0];
		const answer = await standin.deliver(orderHook, RAW_ORDER);
		assert.equal(answer.status, 200, answer.text);
		const executions = await server.waitForExecutions(workflowId, 2);
		assert.equal(executions.length, 2);
		const newest = executions.reduce((a, b) => (Number(a.id) > Number(b.id) ? a : b));
		assert.equal(newest.status, 'success');
		assert.deepEqual(outputOf(newest, TRIGGER.name).map((item) => item.json), [ORDER], JSON.stringify(newest).slice(0, 3000));
		assert.deepEqual(outputOf(newest, DEDUPE.name), [], 'the repeated delivery is dropped');
		assert.equal(newest.data.resultData.runData[LAST.name], undefined, 'nothing after Remove Duplicates ran');
	});

	test('deactivation removes exactly the registered webhooks, by id, and the URL stops answering', async () => {
		standin.requests.length = 0;
		const deactivated = await server.deactivate(workflowId);
		assert.equal(deactivated.active, false);
		await eventually(() => unsubscribes(standin).length >= registered.size, 'the webhooks to be removed', 60_000);
		await sleep(500);
		const removed = unsubscribes(standin);
		assert.deepEqual(
			removed.map((r) => Number(r.query.id)).sort(),
			[...registered.keys()].sort(),
		);
		for (const r of removed) assert.deepEqual(Object.keys(r.query), ['id'], 'never by URL');
		assert.equal(subscribes(standin).length, 0);
		assert.equal(standin.webhooks.size, 0);
		const late = () => fetch(`${productionUrl}?event=order.created`, { method: 'POST', body: RAW_ORDER, headers: { 'content-type': 'application/json' } });
		await eventually(async () => (await late()).status === 404, 'the production URL to be unregistered');
	});

	test('"Listen for test event" registers test webhooks, runs on a signed test delivery, then removes them', async () => {
		standin.requests.length = 0;
		const before = await server.executions(workflowId);
		const waiting = await server.listenForTestEvent(workflowId, TRIGGER.name);
		assert.equal(waiting.waitingForWebhook, true, JSON.stringify(waiting));
		const testUrl = `${server.baseUrl}/webhook-test/${TRIGGER.webhookId}/webhook`;
		await eventually(() => strategyUpdates(standin).length >= EVENTS.length, 'the test webhooks to be registered');
		const subs = subscribes(standin);
		assert.deepEqual(subs.map((r) => r.body.event).sort(), [...EVENTS].sort());
		for (const r of subs) assert.equal(r.body.url, `${testUrl}?event=${r.body.event}`);
		const testIds = subs.map((r) => r.response.body.data.id);
		assert.equal(strategyUpdates(standin).length, EVENTS.length);

		const orderHook = testIds.find((id) => standin.webhooks.get(id)?.event === 'order.created');
		const body = RAW_ORDER.replace('2054311393', '2054311394');
		const answer = await standin.deliver(orderHook, body);
		assert.equal(answer.status, 200, answer.text);

		// n8n removes the test webhooks once the test event has run
		const t0 = Date.now();
		while (unsubscribes(standin).length < testIds.length && Date.now() - t0 < 15_000) await sleep(100);
		assert.deepEqual(
			unsubscribes(standin).map((r) => Number(r.query.id)).sort(),
			[...testIds].sort(),
		);
		assert.equal(standin.webhooks.size, 0);
		const after = await server.waitForExecutions(workflowId, before.length + 1);
		const manual = after.filter((e) => !before.some((b) => b.id === e.id));
		assert.equal(manual.length, 1);
		assert.equal(manual[0].mode, 'manual');
		assert.deepEqual(outputOf(manual[0], TRIGGER.name).map((item) => item.json), [JSON.parse(body)]);
	});
});
