/**
 * The Salla Trigger's registration carries its security strategy and secret: Salla's Webhooks page
 * lists `security_strategy` and `secret` among the register parameters, so a new webhook never
 * exists with Salla's default strategy, not even between the registration and the strategy update
 * (still sent, in case the registration ignored them).
 */
import { createHmac } from 'crypto';

import { CLIENT_SECRET } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { NODE_WEBHOOK_URL, TriggerHarness, WORKFLOW_ID, WORKFLOW_NAME } from '../helpers/trigger';

const NAME = `n8n: ${WORKFLOW_NAME} (workflow ${WORKFLOW_ID})`;
const ORDER_URL = `${NODE_WEBHOOK_URL}?event=order.created`;
const ok = (data: unknown) => ({ status: 200, success: true, data });
const removed = { status: 202, success: true, data: { message: 'The Object has been removed successfully', code: 202 } };

type Body = { secret?: string; security_strategy?: string };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

test.each(['signature', 'token'])('the %s strategy and its secret are in the registration itself', async (strategy) => {
	salla('post', '/webhooks/subscribe', 200, ok({ id: 1001, name: NAME, event: 'order.created', url: ORDER_URL, version: 2 }));
	salla('put', '/webhooks/1001', 200, ok({ id: 1001, security: { strategy, secret: null } }));
	const trigger = new TriggerHarness({ events: ['order.created'], securityStrategy: strategy });

	await expect(trigger.activate()).resolves.toBe('created');

	const [subscribe, update] = received;
	const secret = (subscribe.body as Body).secret as string;
	expect(subscribe.method).toBe('POST');
	expect(subscribe.path).toBe('/admin/v2/webhooks/subscribe');
	expect(subscribe.body).toEqual({ name: NAME, event: 'order.created', url: ORDER_URL, version: 2, security_strategy: strategy, secret });
	// The secret is HMAC(client secret, nonce), the same one the strategy update sends again.
	expect(secret).toBe(
		createHmac('sha256', CLIENT_SECRET).update(`salla-trigger-webhook-secret:${trigger.state.nonce as string}`, 'utf8').digest('hex'),
	);
	expect(update.method).toBe('PUT');
	expect(update.body).toEqual({ name: NAME, url: ORDER_URL, version: 2, security_strategy: strategy, secret });
	expect(JSON.stringify(trigger.state)).not.toContain(secret);
});

test('a refused registration shows neither the secret it carried nor the token', async () => {
	salla('post', '/webhooks/subscribe', 422, {
		status: 422,
		success: false,
		error: { code: 'error', message: 'alert.invalid_fields', fields: { url: ['The url must be public.'] } },
	});
	const trigger = new TriggerHarness({ events: ['order.created'], securityStrategy: 'signature' });

	const error = await trigger.activate().catch((caught: Error) => caught);

	const secret = (received[0].body as Body).secret as string;
	expect(secret).toMatch(/^[0-9a-f]{64}$/);
	expect((error as Error).message).toBe('Salla rejected the data (422): url: The url must be public.');
	expect(JSON.stringify(error)).not.toContain(secret);
	expect(String((error as { description?: string }).description)).not.toContain(secret);
	expect(received).toHaveLength(1);
	expect(trigger.state).toEqual({});
});

test('when the strategy update fails, the webhook registered with the strategy is removed by id', async () => {
	salla('post', '/webhooks/subscribe', 200, ok({ id: 1001, event: 'order.created', url: ORDER_URL }));
	salla('put', '/webhooks/1001', 403, { status: 403, success: false, error: { code: 'Forbidden', message: 'Forbidden' } });
	salla('delete', '/webhooks/unsubscribe?id=1001', 202, removed);
	const trigger = new TriggerHarness({ events: ['order.created'], securityStrategy: 'signature' });

	await expect(trigger.activate()).rejects.toThrow('Salla refused to set the webhook\'s signature strategy (403)');

	expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
		'POST /admin/v2/webhooks/subscribe',
		'PUT /admin/v2/webhooks/1001',
		'DELETE /admin/v2/webhooks/unsubscribe?id=1001',
	]);
	expect(trigger.state).toEqual({});
});
