/**
 * examples/order-shipping-policy.json: a signed order.status.updated delivery (the order is now in
 * progress) goes through the Salla Trigger as the example sets it up, and its output items run the
 * example's two Salla nodes in n8n's engine: Order → Run Actions creates the shipping policy, and
 * Order → Add Note writes Salla's result for that order into its history.
 */
import type { IDataObject } from 'n8n-workflow';

import example from '../../examples/order-shipping-policy.json';
import { ACCESS_TOKEN } from '../helpers/engine';
import { nodeIn, runExampleFrom, statusUpdatedDelivery, triggerItems as deliver } from '../helpers/examples';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { requestedPaths } from '../helpers/fixtures';

const RAW_DELIVERY = statusUpdatedDelivery(
	'{"id":1939592358,"name":"\\u0642\\u064a\\u062f \\u0627\\u0644\\u062a\\u0646\\u0641\\u064a\\u0630","slug":"in_progress","customized":{"id":1939592358,"name":"\\u0642\\u064a\\u062f \\u0627\\u0644\\u062a\\u0646\\u0641\\u064a\\u0630"}}',
);

const nodeNamed = (name: string) => nodeIn(example, name);
const triggerItems = () => deliver(example, RAW_DELIVERY, 'status_id = 1939592358');
const runExample = (delivered: IDataObject[]) => runExampleFrom(example, 'Create shipping policy', delivered);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

test('the example registers its trigger for in-progress orders only, through Salla\'s rule', () => {
	expect(nodeNamed('Salla Trigger').parameters).toEqual({
		events: ['order.status.updated'],
		securityStrategy: 'signature',
		options: { rule: 'status_id = 1939592358' },
	});
});

test('an order now in progress gets its shipping policy, and the result is noted in its history', async () => {
	salla('post', '/orders/actions', 200, {
		status: 200,
		success: true,
		data: [{ operation_id: '9c248334-f4cb-491b-84d0-57c415347d34', action_name: 'create_shipping_policy', status: 'success' }],
	});
	salla('post', '/orders/1275404514/histories', 200, {
		status: 200,
		success: true,
		data: { id: 1333127590, status: 'قيد التنفيذ', note: 'ok', created_at: { date: '2026-11-26 10:15:03.000000' } },
	});

	const delivered = await triggerItems();
	expect(delivered).toHaveLength(1);
	const result = await runExample(delivered);

	expect(result.error).toBeUndefined();
	expect(requestedPaths()).toEqual([
		'POST /admin/v2/orders/actions',
		'POST /admin/v2/orders/1275404514/histories',
	]);
	expect(received.every((request) => request.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
	expect(received[0].body).toEqual({ operations: [{ action_name: 'create_shipping_policy' }], filters: { order_ids: [1275404514] } });
	expect(received[1].body).toEqual({ note: 'Shipping policy by n8n: success' });
	expect(result.runData['Create shipping policy'][0].data?.main[0]).toEqual([
		{
			json: { order_id: 1275404514, operation_id: '9c248334-f4cb-491b-84d0-57c415347d34', action_name: 'create_shipping_policy', status: 'success', message: null },
			pairedItem: { item: 0 },
		},
	]);
});

test('a policy Salla could not create is noted with Salla\'s message', async () => {
	salla('post', '/orders/actions', 200, {
		status: 200,
		success: true,
		data: [{ operation_id: 'b7', action_name: 'create_shipping_policy', status: 'failed', message: 'No shipping company on the order' }],
	});
	salla('post', '/orders/1275404514/histories', 200, { status: 200, success: true, data: { id: 1 } });
	const result = await runExample(await triggerItems());
	expect(result.error).toBeUndefined();
	expect(received[1].body).toEqual({ note: 'Shipping policy by n8n: failed (No shipping company on the order)' });
});
