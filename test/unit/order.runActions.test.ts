/**
 * Order → Run Actions (Salla's Order Actions, POST /orders/actions): the exact body for each kind of
 * action, one output item per order and action with Salla's result, the checks made before sending
 * (refused pairs included), and Salla's errors.
 */
import { runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const run = (parameters: Record<string, unknown> = {}) => ({
	resource: 'order',
	operation: 'runActions',
	order_ids: '1296837389, 1936133132',
	actions: { action: [{ action_name: 'create_shipping_policy' }] },
	...parameters,
});

const results = (...data: object[]) => ({ status: 200, success: true, data });

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Order → Run Actions', () => {
	test('one action on two orders: one output item per order with Salla\'s result', async () => {
		salla('post', '/orders/actions', 200, results({ operation_id: '9c248334-f4cb', action_name: 'create_shipping_policy', status: 'success' }));
		const { items, error } = await runSalla(run());
		expect(error).toBeUndefined();
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /admin/v2/orders/actions']);
		expect(received[0].body).toEqual({
			operations: [{ action_name: 'create_shipping_policy' }],
			filters: { order_ids: [1296837389, 1936133132] },
		});
		expect(items).toEqual([
			{ json: { order_id: 1296837389, operation_id: '9c248334-f4cb', action_name: 'create_shipping_policy', status: 'success', message: null }, pairedItem: { item: 0 } },
			{ json: { order_id: 1936133132, operation_id: '9c248334-f4cb', action_name: 'create_shipping_policy', status: 'success', message: null }, pairedItem: { item: 0 } },
		]);
	});

	test('each action sends only its own value; a failed action keeps Salla\'s message', async () => {
		salla(
			'post',
			'/orders/actions',
			200,
			results(
				{ operation_id: 'a1', action_name: 'print_prepare_list', status: 'in_progress' },
				{ operation_id: 'a2', action_name: 'change_status', status: 'in_progress' },
				{ operation_id: 'a3', action_name: 'assign_users', status: 'success' },
				{ operation_id: 'a4', action_name: 'assign_tags', status: 'failed', message: 'لم يتم العثور على التاقات' },
			),
		);
		const { items } = await runSalla(
			run({
				order_ids: '={{ [1296837389] }}',
				order_status: [566146469],
				actions: {
					action: [
						{ action_name: 'print_prepare_list', tags: 'ignored', status: 1 },
						{
							action_name: 'change_status',
							status: '525144736',
							send_status_sms: true,
							return_police: false,
							restore_items: true,
							note: ' one note ',
							branch_id: 21123,
						},
						{ action_name: 'assign_users', employees: [461258256, '1968921873'] },
						{ action_name: 'assign_tags', tags: 'new tag, tag 3' },
					],
				},
			}),
		);
		expect(received[0].body).toEqual({
			operations: [
				{ action_name: 'print_prepare_list' },
				{ action_name: 'change_status', value: { status: 525144736, send_status_sms: true, restore_items: true, note: 'one note', branch_id: 21123 } },
				{ action_name: 'assign_users', value: [461258256, 1968921873] },
				{ action_name: 'assign_tags', value: ['new tag', 'tag 3'] },
			],
			filters: { order_ids: [1296837389], order_status: [566146469] },
		});
		expect(items.map(({ json }) => [json.order_id, json.action_name, json.status, json.message])).toEqual([
			[1296837389, 'print_prepare_list', 'in_progress', null],
			[1296837389, 'change_status', 'in_progress', null],
			[1296837389, 'assign_users', 'success', null],
			[1296837389, 'assign_tags', 'failed', 'لم يتم العثور على التاقات'],
		]);
	});

	test('each input item is its own request for its own order', async () => {
		salla('post', '/orders/actions', 200, results({ operation_id: 'b1', action_name: 'mark_as_read', status: 'success' }));
		salla('post', '/orders/actions', 200, results({ operation_id: 'b2', action_name: 'mark_as_read', status: 'success' }));
		const { items } = await runSalla(run({ order_ids: '={{ $json.id }}', actions: { action: [{ action_name: 'mark_as_read' }] } }), {
			items: [{ id: 11 }, { id: 22 }],
		});
		expect(received.map(({ body }) => (body as { filters: unknown }).filters)).toEqual([{ order_ids: [11] }, { order_ids: [22] }]);
		expect(items.map(({ json, pairedItem }) => [json.order_id, json.operation_id, pairedItem])).toEqual([
			[11, 'b1', { item: 0 }],
			[22, 'b2', { item: 1 }],
		]);
	});

	test.each([
		[{ order_ids: '={{ "" }}' }, 'Order IDs is empty'],
		[{ order_ids: '12, #13' }, 'Order IDs: "#13" is not an ID'],
		[{ actions: {} }, 'Actions is empty'],
		[{ actions: { action: [{ action_name: 'delete' }] } }, 'Actions: Action 1: Action: "delete" is not one of the choices'],
		[{ actions: { action: [{ action_name: 'change_status', status: '' }] } }, 'Actions: Action 1 (Change Status): Status is empty'],
		[{ actions: { action: [{ action_name: 'mark_as_read' }, { action_name: 'assign_users', employees: [] }] } }, 'Actions: Action 2 (Assign Employees): Employees is empty'],
		[{ actions: { action: [{ action_name: 'assign_users', employees: '={{ ["Sara"] }}' }] } }, 'Actions: Action 1 (Assign Employees): Employees: "Sara" is not an ID'],
		[{ actions: { action: [{ action_name: 'assign_tags', tags: ' ' }] } }, 'Actions: Action 1 (Assign Tags): Tags is empty'],
		[{ actions: { action: [{ action_name: 'refund' }, { action_name: 'refund' }] } }, 'Actions: Refund is there twice'],
		[
			{ actions: { action: [{ action_name: 'print_shipping_policy' }, { action_name: 'create_shipping_policy' }] } },
			'Actions: Salla refuses Create Shipping Policy and Print Shipping Policy in one request',
		],
		[{ order_status: ['under_review'] }, 'Only in Statuses: "under_review" is not an ID'],
	])('%j is refused before sending', async (parameters, message) => {
		const { error } = await runSalla(run(parameters));
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 for actions it refuses together becomes a NodeApiError', async () => {
		salla('post', '/orders/actions', 422, {
			status: 422,
			success: false,
			error: { code: 'error', message: 'لا يمكن تنفيذ بعض الاجراءات معاً', actions: ['create_shipping_policy', 'cancel_policy'] },
		});
		const { error } = await runSalla(run({ actions: { action: [{ action_name: 'create_shipping_policy' }, { action_name: 'cancel_policy' }] } }));
		expect(error?.name).toBe('NodeApiError');
		expect(received).toHaveLength(1);
	});
});
