/**
 * The Salla Trigger's exists check and deactivation through n8n-core's HookContext: the exact
 * requests Salla receives (unsubscribe by id, never by URL) and what the node keeps in static data.
 */
import { createHmac } from 'crypto';

import { sallaCredential } from '../helpers/engine';
import { received, resetSalla, salla, pendingMocks } from '../helpers/salla';
import { notFound, requestedPaths } from '../helpers/fixtures';
import { TriggerHarness } from '../helpers/trigger';
import { activeState, answerRegistration, expectSigned, listed, LOW_URL, NAME, ORDER_URL, registration, removed, RULE, triggerParameters as parameters } from '../helpers/webhooks';

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

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

		expect(requestedPaths()).toEqual([
			'GET /admin/v2/webhooks?page=1&per_page=60',
		]);
		expectSigned(0, false);
		expect(trigger.state.secret).toBe('a'.repeat(64));
	});

	test('the credential\'s client secret changed since activation: its webhooks are replaced with the new secret', async () => {
		// activated with the client secret of the test credential
		answerRegistration(1001);
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
		answerRegistration(1003);
		const rotated = new TriggerHarness(parameters, {
			staticData: state,
			credential: sallaCredential({ clientSecret: 'rotated-client-secret' }),
		});
		await expect(rotated.activate('init')).resolves.toBe('created');
		expect(requestedPaths()).toEqual([
			'DELETE /admin/v2/webhooks/unsubscribe?id=1001',
			'DELETE /admin/v2/webhooks/unsubscribe?id=1002',
			...registration(1003),
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
		salla('delete', '/webhooks/unsubscribe?id=1001', 404, notFound);
		salla('delete', '/webhooks/unsubscribe?id=1002', 202, removed);
		answerRegistration(1003);
		const trigger = new TriggerHarness(parameters, { staticData: activeState() });

		await expect(trigger.activate('init')).resolves.toBe('created');

		expect(requestedPaths()).toEqual([
			'GET /admin/v2/webhooks?page=1&per_page=60',
			'DELETE /admin/v2/webhooks/unsubscribe?id=1001',
			'DELETE /admin/v2/webhooks/unsubscribe?id=1002',
			...registration(1003),
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
		expect(requestedPaths()).toEqual([
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
		salla('delete', '/webhooks/unsubscribe?id=1001', 404, notFound);
		// A refusal, not a 5xx: those are retried by the transport before the node gives up.
		salla('delete', '/webhooks/unsubscribe?id=1002', 403, { status: 403, success: false, error: { code: 'Forbidden', message: 'Forbidden' } });
		const trigger = new TriggerHarness(parameters, { staticData: activeState() });

		await expect(trigger.deactivate()).resolves.toBe(false);
		expect(trigger.state).toEqual({ orphans: [1002] });

		// Next activation: the left-over webhook is removed by id before a fresh registration.
		resetSalla();
		salla('delete', '/webhooks/unsubscribe?id=1002', 202, removed);
		answerRegistration(1005);
		await expect(trigger.activate()).resolves.toBe('created');
		expect(requestedPaths()).toEqual([
			'DELETE /admin/v2/webhooks/unsubscribe?id=1002',
			...registration(1005),
		]);
		expect(trigger.state.orphans).toBeUndefined();
	});

	test('with nothing registered it sends nothing', async () => {
		const trigger = new TriggerHarness(parameters);
		await expect(trigger.deactivate()).resolves.toBe(true);
		expect(received).toEqual([]);
	});
});
