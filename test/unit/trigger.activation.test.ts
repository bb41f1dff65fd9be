/**
 * The Salla Trigger's activation through n8n-core's HookContext: the exact requests Salla receives
 * (subscribe + strategy update per event), what the node keeps in static data, and failed activations.
 */
import { createHmac } from 'crypto';

import { ACCESS_TOKEN, CLIENT_SECRET, sallaCredential } from '../helpers/engine';
import { received, resetSalla, salla, pendingMocks } from '../helpers/salla';
import { invalidFields, requestedPaths } from '../helpers/fixtures';
import { NODE_WEBHOOK_URL, TriggerHarness, WORKFLOW_ID } from '../helpers/trigger';
import { NAME, ORDER_URL, LOW_URL, RULE, ok, removed, registered, expectSigned, triggerParameters as parameters } from '../helpers/webhooks';

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
		const subscribe = (event: string, url: string) => ({
			method: 'POST',
			path: '/admin/v2/webhooks/subscribe',
			body: { name: NAME, event, url, version: 2, rule: RULE, security_strategy: 'signature', secret },
		});
		const strategy = (id: number, url: string) => ({
			method: 'PUT',
			path: `/admin/v2/webhooks/${id}`,
			body: { name: NAME, url, version: 2, rule: RULE, security_strategy: 'signature', secret },
		});
		expect(received.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			subscribe('order.created', ORDER_URL),
			strategy(1001, ORDER_URL),
			subscribe('product.quantity.low', LOW_URL),
			strategy(1002, LOW_URL),
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
		salla('post', '/webhooks/subscribe', 422, invalidFields({ url: ['The url must be public.'] }));
		salla('delete', '/webhooks/unsubscribe?id=1001', 202, removed);
		const trigger = new TriggerHarness(parameters);

		const error = await trigger.activate().catch((caught: Error & { description?: string }) => caught);

		expect(error).toBeInstanceOf(Error);
		const failure = error as Error & { description?: string; httpCode?: string };
		expect(failure.message).toBe('Salla rejected the data (422): url: The url must be public.');
		expect(failure.httpCode).toBe('422');
		expect(failure.description).toContain('Salla only accepts public webhook URLs (no localhost');
		expect(requestedPaths()).toEqual([
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
		expect(requestedPaths()).toEqual([
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
		expect(requestedPaths()).toEqual(['POST /admin/v2/webhooks/subscribe']);
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
		expect(requestedPaths()).toEqual([
			'POST /admin/v2/webhooks/subscribe',
			'PUT /admin/v2/webhooks/1001',
			'POST /admin/v2/webhooks/subscribe',
			'DELETE /admin/v2/webhooks/unsubscribe?id=1001',
		]);
	});
});
