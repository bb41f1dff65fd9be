/**
 * The Salla Trigger's webhook lifecycle through n8n-core's HookContext: the exact requests Salla
 * receives on activation (subscribe + strategy update per event), on the exists check, and on
 * deactivation (unsubscribe by id, never by URL), and what the node keeps in static data.
 */
import { createHmac } from 'crypto';

import { ACCESS_TOKEN, CLIENT_SECRET, sallaCredential } from '../helpers/engine';
import { received, resetSalla, salla, pendingMocks } from '../helpers/salla';
import { NODE_WEBHOOK_URL, TriggerHarness, WORKFLOW_ID, WORKFLOW_NAME } from '../helpers/trigger';

const NAME = `n8n: ${WORKFLOW_NAME} (workflow ${WORKFLOW_ID})`;
const ORDER_URL = `${NODE_WEBHOOK_URL}?event=order.created`;
const LOW_URL = `${NODE_WEBHOOK_URL}?event=product.quantity.low`;
const RULE = 'payment_method = mada OR price < 50';

const ok = (data: unknown) => ({ status: 200, success: true, data });
const removed = { status: 202, success: true, data: { message: 'The Object has been removed successfully', code: 202 } };
const listed = (data: unknown[]) => ({
	status: 200,
	success: true,
	data,
	pagination: { count: data.length, total: data.length, perPage: 60, currentPage: 1, totalPages: 1, links: [] },
});
const registered = (id: number, event: string, url: string, rule?: string) =>
	ok({ id, name: NAME, event, type: 'manual', url, version: 2, rule: rule ?? '', headers: {} });

function expectSigned(index: number, withBody: boolean) {
	const headers = received[index].headers;
	expect(headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
	expect(headers.accept).toBe('application/json');
	if (withBody) expect(headers['content-type']).toBe('application/json');
}

const parameters = {
	events: ['order.created', 'product.quantity.low'],
	securityStrategy: 'signature',
	options: { rule: RULE },
};

/** Static data of a node that registered both webhooks with `secret`. */
const activeState = (secret = 'a'.repeat(64)) => ({
	'node:Salla Trigger': {
		webhooks: [
			{ id: 1001, event: 'order.created', url: ORDER_URL },
			{ id: 1002, event: 'product.quantity.low', url: LOW_URL },
		],
		secret,
		strategy: 'signature',
		rule: RULE,
		baseUrl: NODE_WEBHOOK_URL,
	},
});

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('activation', () => {
	test('registers one version-2 webhook per event, then sets the signature strategy with one random secret', async () => {
		salla('post', '/webhooks/subscribe', 200, registered(1001, 'order.created', ORDER_URL, RULE));
		salla('put', '/webhooks/1001', 200, ok({ id: 1001, security: { strategy: 'signature', secret: null } }));
		salla('post', '/webhooks/subscribe', 200, registered(1002, 'product.quantity.low', LOW_URL, RULE));
		salla('put', '/webhooks/1002', 200, ok({ id: 1002, security: { strategy: 'signature', secret: null } }));
		const trigger = new TriggerHarness(parameters);

		await expect(trigger.activate()).resolves.toBe('created');

		// Nothing stored yet: the exists check answers false without asking Salla.
		const secret = (received[1].body as { secret: string }).secret;
		expect(secret).toMatch(/^[0-9a-f]{64}$/);
		const nonce = trigger.state.nonce as string;
		expect(nonce).toMatch(/^[0-9a-f]{64}$/);
		// The secret is HMAC(client secret, nonce): static data alone cannot give it back.
		expect(secret).toBe(
			createHmac('sha256', CLIENT_SECRET).update(`salla-trigger-webhook-secret:${nonce}`, 'utf8').digest('hex'),
		);
		expect(JSON.stringify(trigger.state)).not.toContain(secret);
		expect(received.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			{
				method: 'POST',
				path: '/admin/v2/webhooks/subscribe',
				body: { name: NAME, event: 'order.created', url: ORDER_URL, version: 2, rule: RULE, security_strategy: 'signature', secret },
			},
			{
				method: 'PUT',
				path: '/admin/v2/webhooks/1001',
				body: { name: NAME, url: ORDER_URL, version: 2, rule: RULE, security_strategy: 'signature', secret },
			},
			{
				method: 'POST',
				path: '/admin/v2/webhooks/subscribe',
				body: { name: NAME, event: 'product.quantity.low', url: LOW_URL, version: 2, rule: RULE, security_strategy: 'signature', secret },
			},
			{
				method: 'PUT',
				path: '/admin/v2/webhooks/1002',
				body: { name: NAME, url: LOW_URL, version: 2, rule: RULE, security_strategy: 'signature', secret },
			},
		]);
		[0, 1, 2, 3].forEach((index) => expectSigned(index, true));
		expect(trigger.state).toEqual({
			webhooks: [
				{ id: 1001, event: 'order.created', url: ORDER_URL },
				{ id: 1002, event: 'product.quantity.low', url: LOW_URL },
			],
			nonce,
			secretCheck: expect.stringMatching(/^[0-9a-f]{16}$/),
			strategy: 'signature',
			rule: RULE,
			baseUrl: NODE_WEBHOOK_URL,
		});
	});

	test('each activation draws a new secret; no rule sends no rule; Token strategy is set as "token"', async () => {
		const secrets: string[] = [];
		for (let run = 0; run < 2; run++) {
			resetSalla();
			salla('post', '/webhooks/subscribe', 200, registered(2001 + run, 'customer.created', 'x'));
			salla('put', `/webhooks/${2001 + run}`, 200, ok({ id: 2001 + run }));
			const trigger = new TriggerHarness({ events: ['customer.created'], securityStrategy: 'token' });
			await trigger.activate();
			const url = `${NODE_WEBHOOK_URL}?event=customer.created`;
			secrets.push((received[1].body as { secret: string }).secret);
			expect(trigger.state.secret).toBeUndefined();
			expect(received.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
				{
					method: 'POST',
					path: '/admin/v2/webhooks/subscribe',
					body: { name: NAME, event: 'customer.created', url, version: 2, security_strategy: 'token', secret: secrets[run] },
				},
				{
					method: 'PUT',
					path: `/admin/v2/webhooks/${2001 + run}`,
					body: { name: NAME, url, version: 2, security_strategy: 'token', secret: secrets[run] },
				},
			]);
			expect(trigger.state.strategy).toBe('token');
		}
		expect(secrets[0]).toMatch(/^[0-9a-f]{64}$/);
		expect(secrets[1]).toMatch(/^[0-9a-f]{64}$/);
		expect(secrets[0]).not.toBe(secrets[1]);
	});

	test('the "Listen for test event" run registers the test URL', async () => {
		const testUrl = `https://n8n.example.com/webhook-test/7c0d5a0e-3f1b-4c1e-9a54-2b8f0e6d1c11/webhook?event=order.created`;
		salla('post', '/webhooks/subscribe', 200, registered(3001, 'order.created', testUrl));
		salla('put', '/webhooks/3001', 200, ok({ id: 3001 }));
		const trigger = new TriggerHarness({ events: ['order.created'] });
		await trigger.activate('manual', true);
		expect((received[0].body as { url: string }).url).toBe(testUrl);
		expect((trigger.state.webhooks as Array<{ url: string }>)[0].url).toBe(testUrl);
	});

	test('a long workflow name is shortened in the webhook name', async () => {
		salla('post', '/webhooks/subscribe', 200, registered(4001, 'order.created', ORDER_URL));
		salla('put', '/webhooks/4001', 200, ok({ id: 4001 }));
		const trigger = new TriggerHarness({ events: ['order.created'] }, { workflowName: 'W'.repeat(150) });
		await trigger.activate();
		expect((received[0].body as { name: string }).name).toBe(`n8n: ${'W'.repeat(99)}… (workflow ${WORKFLOW_ID})`);
	});

	test('a credential without a client secret refuses before asking Salla anything', async () => {
		const trigger = new TriggerHarness({ events: ['order.created'] }, { credential: sallaCredential({ clientSecret: '' }) });
		await expect(trigger.activate()).rejects.toThrow('The Salla credential has no client secret');
		expect(received).toEqual([]);
		expect(trigger.state).toEqual({});
	});

	test('without events it refuses before asking Salla anything', async () => {
		const trigger = new TriggerHarness({ events: [] });
		const error = await trigger.activate().then(
			() => undefined,
			(e: unknown) => e as { message: string; description?: string },
		);
		expect(error?.message).toBe('Event Names or IDs: choose at least one event');
		expect(error?.description).toBe('Pick the store events that should start this workflow in the Event Names or IDs field.');
		expect(received).toEqual([]);
	});
});

describe('failed activation', () => {
	test('a refused URL (422) removes, by id, the webhook already registered and explains the public URL rule', async () => {
		salla('post', '/webhooks/subscribe', 200, registered(1001, 'order.created', ORDER_URL, RULE));
		salla('put', '/webhooks/1001', 200, ok({ id: 1001 }));
		salla('post', '/webhooks/subscribe', 422, {
			status: 422,
			success: false,
			error: { code: 'error', message: 'alert.invalid_fields', fields: { url: ['The url must be public.'] } },
		});
		salla('delete', '/webhooks/unsubscribe?id=1001', 202, removed);
		const trigger = new TriggerHarness(parameters);

		const error = await trigger.activate().catch((caught: Error & { description?: string }) => caught);

		expect(error).toBeInstanceOf(Error);
		const failure = error as Error & { description?: string; httpCode?: string };
		expect(failure.message).toBe('Salla rejected the data (422): url: The url must be public.');
		expect(failure.httpCode).toBe('422');
		expect(failure.description).toContain('Salla only accepts public webhook URLs (no localhost');
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
			'POST /admin/v2/webhooks/subscribe',
			'PUT /admin/v2/webhooks/1001',
			'POST /admin/v2/webhooks/subscribe',
			'DELETE /admin/v2/webhooks/unsubscribe?id=1001',
		]);
		expectSigned(3, false);
		expect(trigger.state).toEqual({});
	});

	test('a strategy update refused for missing scopes removes that webhook and never shows the secret', async () => {
		salla('post', '/webhooks/subscribe', 200, registered(1001, 'order.created', ORDER_URL));
		salla('put', '/webhooks/1001', 401, {
			status: 401,
			success: false,
			error: { code: 'Unauthorized', message: 'The access token should have access to one of those scopes: webhooks.read_write' },
		});
		salla('delete', '/webhooks/unsubscribe?id=1001', 202, removed);
		// n8n-core refreshes the token once on a 401 and retries; the retry is refused as well.
		const token = { access_token: 'refreshed-token', refresh_token: 'r2', token_type: 'bearer', expires_in: 1209600 };
		const nock = (await import('nock')).default;
		nock('https://accounts.salla.sa').post('/oauth2/token').reply(200, token);
		salla('put', '/webhooks/1001', 401, {
			status: 401,
			success: false,
			error: { code: 'Unauthorized', message: 'The access token should have access to one of those scopes: webhooks.read_write' },
		});
		const trigger = new TriggerHarness({ events: ['order.created'] });

		const error = (await trigger.activate().catch((caught: Error) => caught)) as Error & { description?: string };

		const puts = received.filter(({ method }) => method === 'PUT');
		const secret = (puts[0].body as { secret: string }).secret;
		expect(secret).toMatch(/^[0-9a-f]{64}$/);
		expect(error.message).toBe('Salla refused to set the webhook\'s signature strategy (401)');
		expect(error.description).toContain('webhooks.read_write');
		expect(JSON.stringify(error)).not.toContain(secret);
		expect(JSON.stringify(error)).not.toContain(ACCESS_TOKEN);
		expect(String(error.stack)).not.toContain(secret);
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
			'POST /admin/v2/webhooks/subscribe',
			'PUT /admin/v2/webhooks/1001',
			'PUT /admin/v2/webhooks/1001',
			'DELETE /admin/v2/webhooks/unsubscribe?id=1001',
		]);
		expect(trigger.state).toEqual({});
	});

	test('an answer without an id cannot be undone by id, so it says where to look', async () => {
		salla('post', '/webhooks/subscribe', 200, ok({ name: NAME }));
		const trigger = new TriggerHarness({ events: ['order.created'] });
		await expect(trigger.activate()).rejects.toThrow('Salla did not return the id of the webhook for order.created');
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /admin/v2/webhooks/subscribe']);
	});

	test('two events answered with one id (Salla merged them) fail and remove that id once', async () => {
		salla('post', '/webhooks/subscribe', 200, registered(1001, 'order.created', ORDER_URL));
		salla('put', '/webhooks/1001', 200, ok({ id: 1001 }));
		salla('post', '/webhooks/subscribe', 200, registered(1001, 'product.quantity.low', LOW_URL));
		salla('delete', '/webhooks/unsubscribe?id=1001', 202, removed);
		const trigger = new TriggerHarness({ events: ['order.created', 'product.quantity.low'] });
		await expect(trigger.activate()).rejects.toThrow(
			'Salla merged the webhook for product.quantity.low into an earlier one',
		);
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
			'POST /admin/v2/webhooks/subscribe',
			'PUT /admin/v2/webhooks/1001',
			'POST /admin/v2/webhooks/subscribe',
			'DELETE /admin/v2/webhooks/unsubscribe?id=1001',
		]);
	});
});

describe('exists check', () => {
	test('recognises its own webhooks among the store\'s (n8n restart): no new registration', async () => {
		salla(
			'get',
			'/webhooks?page=1&per_page=60',
			200,
			listed([
				{ id: 77, name: 'Other app', event: 'order.created', version: 2, url: 'https://erp.example.com/hook' },
				{ id: 1001, name: NAME, event: 'order.created', version: 2, rule: RULE, url: ORDER_URL },
				{ id: 1002, name: NAME, event: 'product.quantity.low', version: 2, rule: RULE, url: LOW_URL },
			]),
		);
		const trigger = new TriggerHarness(parameters, { staticData: activeState() });

		await expect(trigger.activate('init')).resolves.toBe('existed');

		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
			'GET /admin/v2/webhooks?page=1&per_page=60',
		]);
		expectSigned(0, false);
		expect(trigger.state.secret).toBe('a'.repeat(64));
	});

	test('the credential\'s client secret changed since activation: its webhooks are replaced with the new secret', async () => {
		// activated with the client secret of the test credential
		salla('post', '/webhooks/subscribe', 200, registered(1001, 'order.created', ORDER_URL, RULE));
		salla('put', '/webhooks/1001', 200, ok({ id: 1001 }));
		salla('post', '/webhooks/subscribe', 200, registered(1002, 'product.quantity.low', LOW_URL, RULE));
		salla('put', '/webhooks/1002', 200, ok({ id: 1002 }));
		const first = new TriggerHarness(parameters);
		await first.activate();
		const state = { 'node:Salla Trigger': JSON.parse(JSON.stringify(first.state)) };
		const list = listed([
			{ id: 1001, name: NAME, event: 'order.created', version: 2, rule: RULE, url: ORDER_URL },
			{ id: 1002, name: NAME, event: 'product.quantity.low', version: 2, rule: RULE, url: LOW_URL },
		]);

		// same client secret after a restart: kept as is
		resetSalla();
		salla('get', '/webhooks?page=1&per_page=60', 200, list);
		await expect(new TriggerHarness(parameters, { staticData: state }).activate('init')).resolves.toBe('existed');

		// another client secret: Salla's webhooks hold a secret the node can no longer derive
		resetSalla();
		salla('delete', '/webhooks/unsubscribe?id=1001', 202, removed);
		salla('delete', '/webhooks/unsubscribe?id=1002', 202, removed);
		salla('post', '/webhooks/subscribe', 200, registered(1003, 'order.created', ORDER_URL, RULE));
		salla('put', '/webhooks/1003', 200, ok({ id: 1003 }));
		salla('post', '/webhooks/subscribe', 200, registered(1004, 'product.quantity.low', LOW_URL, RULE));
		salla('put', '/webhooks/1004', 200, ok({ id: 1004 }));
		const rotated = new TriggerHarness(parameters, {
			staticData: state,
			credential: sallaCredential({ clientSecret: 'rotated-client-secret' }),
		});
		await expect(rotated.activate('init')).resolves.toBe('created');
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
			'DELETE /admin/v2/webhooks/unsubscribe?id=1001',
			'DELETE /admin/v2/webhooks/unsubscribe?id=1002',
			'POST /admin/v2/webhooks/subscribe',
			'PUT /admin/v2/webhooks/1003',
			'POST /admin/v2/webhooks/subscribe',
			'PUT /admin/v2/webhooks/1004',
		]);
		const given = (received[3].body as { secret: string }).secret;
		expect(given).toBe(
			createHmac('sha256', 'rotated-client-secret')
				.update(`salla-trigger-webhook-secret:${rotated.state.nonce as string}`, 'utf8')
				.digest('hex'),
		);
	});

	test('one of its webhooks deleted in Salla: removes the rest by id and registers all again', async () => {
		salla(
			'get',
			'/webhooks?page=1&per_page=60',
			200,
			listed([{ id: 1002, name: NAME, event: 'product.quantity.low', version: 2, url: LOW_URL }]),
		);
		salla('delete', '/webhooks/unsubscribe?id=1001', 404, {
			status: 404,
			success: false,
			error: { code: 404, message: 'The content you are trying to access is no longer available' },
		});
		salla('delete', '/webhooks/unsubscribe?id=1002', 202, removed);
		salla('post', '/webhooks/subscribe', 200, registered(1003, 'order.created', ORDER_URL, RULE));
		salla('put', '/webhooks/1003', 200, ok({ id: 1003 }));
		salla('post', '/webhooks/subscribe', 200, registered(1004, 'product.quantity.low', LOW_URL, RULE));
		salla('put', '/webhooks/1004', 200, ok({ id: 1004 }));
		const trigger = new TriggerHarness(parameters, { staticData: activeState() });

		await expect(trigger.activate('init')).resolves.toBe('created');

		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
			'GET /admin/v2/webhooks?page=1&per_page=60',
			'DELETE /admin/v2/webhooks/unsubscribe?id=1001',
			'DELETE /admin/v2/webhooks/unsubscribe?id=1002',
			'POST /admin/v2/webhooks/subscribe',
			'PUT /admin/v2/webhooks/1003',
			'POST /admin/v2/webhooks/subscribe',
			'PUT /admin/v2/webhooks/1004',
		]);
		expect((trigger.state.webhooks as Array<{ id: number }>).map(({ id }) => id)).toEqual([1003, 1004]);
		expect(trigger.state.secret).not.toBe('a'.repeat(64));
	});

	test('a webhook id that Salla now lists with another event is not taken as its own', async () => {
		salla(
			'get',
			'/webhooks?page=1&per_page=60',
			200,
			listed([
				{ id: 1001, event: 'order.updated', url: ORDER_URL },
				{ id: 1002, event: 'product.quantity.low', url: LOW_URL },
			]),
		);
		const trigger = new TriggerHarness(parameters, { staticData: activeState() });
		salla('delete', '/webhooks/unsubscribe?id=1001', 202, removed);
		salla('delete', '/webhooks/unsubscribe?id=1002', 202, removed);
		await expect(trigger.checkExists('init')).resolves.toBe(false);
		expect(trigger.state).toEqual({});
	});

	test('changed settings (another event) replace its webhooks without listing the store\'s', async () => {
		salla('delete', '/webhooks/unsubscribe?id=1001', 202, removed);
		salla('delete', '/webhooks/unsubscribe?id=1002', 202, removed);
		const trigger = new TriggerHarness({ ...parameters, events: ['order.created'] }, { staticData: activeState() });
		await expect(trigger.checkExists()).resolves.toBe(false);
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
			'DELETE /admin/v2/webhooks/unsubscribe?id=1001',
			'DELETE /admin/v2/webhooks/unsubscribe?id=1002',
		]);
	});

	test.each([
		['the rule', { ...parameters, options: { rule: 'price > 10' } }],
		['the strategy', { ...parameters, securityStrategy: 'token' }],
	])('changed %s also replaces its webhooks', async (_what, changed) => {
		salla('delete', '/webhooks/unsubscribe?id=1001', 202, removed);
		salla('delete', '/webhooks/unsubscribe?id=1002', 202, removed);
		const trigger = new TriggerHarness(changed, { staticData: activeState() });
		await expect(trigger.checkExists()).resolves.toBe(false);
		expect(received).toHaveLength(2);
	});

	test('a failed listing fails the activation with the webhook scope in its advice', async () => {
		salla('get', '/webhooks?page=1&per_page=60', 403, {
			status: 403,
			success: false,
			error: { code: 'Forbidden', message: 'Forbidden' },
		});
		const trigger = new TriggerHarness(parameters, { staticData: activeState() });
		const error = (await trigger.checkExists().catch((caught: Error) => caught)) as Error & { description?: string };
		expect(error.message).toBe('Salla refused to list the store\'s webhooks (403)');
		expect(error.description).toContain('webhooks.read_write');
		expect(trigger.state.secret).toBe('a'.repeat(64));
	});
});

describe('deactivation', () => {
	test('removes exactly its webhooks, by id, and forgets them and the secret', async () => {
		salla('delete', '/webhooks/unsubscribe?id=1001', 202, removed);
		salla('delete', '/webhooks/unsubscribe?id=1002', 202, removed);
		const trigger = new TriggerHarness(parameters, { staticData: activeState() });

		await expect(trigger.deactivate()).resolves.toBe(true);

		expect(received.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			{ method: 'DELETE', path: '/admin/v2/webhooks/unsubscribe?id=1001', body: undefined },
			{ method: 'DELETE', path: '/admin/v2/webhooks/unsubscribe?id=1002', body: undefined },
		]);
		expectSigned(0, false);
		expectSigned(1, false);
		expect(received.some(({ path }) => path.includes('url='))).toBe(false);
		expect(trigger.state).toEqual({});
	});

	test('a webhook already gone (404) counts as removed; one Salla fails to remove is retried next time', async () => {
		salla('delete', '/webhooks/unsubscribe?id=1001', 404, {
			status: 404,
			success: false,
			error: { code: 404, message: 'The content you are trying to access is no longer available' },
		});
		// A refusal, not a 5xx: those are retried by the transport before the node gives up.
		salla('delete', '/webhooks/unsubscribe?id=1002', 403, { status: 403, success: false, error: { code: 'Forbidden', message: 'Forbidden' } });
		const trigger = new TriggerHarness(parameters, { staticData: activeState() });

		await expect(trigger.deactivate()).resolves.toBe(false);
		expect(trigger.state).toEqual({ orphans: [1002] });

		// Next activation: the left-over webhook is removed by id before a fresh registration.
		resetSalla();
		salla('delete', '/webhooks/unsubscribe?id=1002', 202, removed);
		salla('post', '/webhooks/subscribe', 200, registered(1005, 'order.created', ORDER_URL, RULE));
		salla('put', '/webhooks/1005', 200, ok({ id: 1005 }));
		salla('post', '/webhooks/subscribe', 200, registered(1006, 'product.quantity.low', LOW_URL, RULE));
		salla('put', '/webhooks/1006', 200, ok({ id: 1006 }));
		await expect(trigger.activate()).resolves.toBe('created');
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
			'DELETE /admin/v2/webhooks/unsubscribe?id=1002',
			'POST /admin/v2/webhooks/subscribe',
			'PUT /admin/v2/webhooks/1005',
			'POST /admin/v2/webhooks/subscribe',
			'PUT /admin/v2/webhooks/1006',
		]);
		expect(trigger.state.orphans).toBeUndefined();
	});

	test('with nothing registered it sends nothing', async () => {
		const trigger = new TriggerHarness(parameters);
		await expect(trigger.deactivate()).resolves.toBe(true);
		expect(received).toEqual([]);
	});
});
