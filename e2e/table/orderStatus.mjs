// Order Status (/orders/statuses): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, ok, page, readsOne } from '../../harness/salla-answers.mjs';

const COMPLETED = { id: 566146469, name: 'Completed', type: 'original', slug: 'completed', parent: null };
const GIFT_WRAPPED = { id: 566146470, name: 'Gift wrapped', type: 'custom', parent: { id: 566146469, name: 'Completed' } };

// Salla's original statuses, the same in every store, as the node names them
const ORIGINALS = [
	['payment_pending', 'Payment Pending'],
	['under_review', 'Under Review'],
	['in_progress', 'In Progress'],
	['completed', 'Completed'],
	['delivering', 'Delivering'],
	['delivered', 'Delivered'],
	['shipped', 'Shipped'],
	['canceled', 'Canceled'],
	['restored', 'Restored'],
	['restoring', 'Restoring'],
];
const WAITING = { id: 224309239, name: 'Waiting', type: 'custom', message: 'Your order is waiting for stock', icon: 'sicon-hourglass', sort: 2, is_active: true, parent: { id: 566146469, name: 'Completed' } };

export const operations = [
	{
		operation: 'create',
		parameters: { name: 'Gift wrapped', parent_id: 566146469, message: 'Your order is gift wrapped' },
		request: { method: 'POST', path: '/orders/statuses', body: { name: 'Gift wrapped', parent_id: 566146469, message: 'Your order is gift wrapped' } },
		answer: ok(GIFT_WRAPPED, 201),
		output: [GIFT_WRAPPED],
	},
	readsOne('get', { status_id: byId(WAITING.id) }, `/orders/statuses/${WAITING.id}`, WAITING),
	{
		operation: 'getAll',
		parameters: { limit: 2 },
		request: firstPage('/orders/statuses', {}, 2),
		answer: ok([COMPLETED, GIFT_WRAPPED]),
		output: [COMPLETED, GIFT_WRAPPED],
	},
	{
		operation: 'sort',
		parameters: { statuses: { status: [{ status_id: 12345, sort: 2 }] } },
		request: { method: 'POST', path: '/orders/statuses/sort', body: [{ status_id: 12345, sort: 2 }] },
		answer: ok({ message: 'The entities has been updated successfully', code: 200 }),
		output: [{ sorted: [{ status_id: 12345, sort: 2 }], message: 'The entities has been updated successfully' }],
	},
	{
		operation: 'update',
		parameters: { status_id: byId(WAITING.id), updateFields: { name: 'Waiting' } },
		request: { method: 'PUT', path: `/orders/statuses/${WAITING.id}`, body: { name: 'Waiting' } },
		answer: ok(WAITING),
		output: [WAITING],
	},
];

export const pickers = [
	{
		method: 'getOrderStatuses',
		parameters: { resource: 'order', operation: 'getAll', filters: {} },
		path: 'filters.status',
		request: firstPage('/orders/statuses'),
		answer: page([COMPLETED, GIFT_WRAPPED]),
		results: [
			{ name: 'Completed', value: COMPLETED.id, description: 'Salla status (completed)' },
			{ name: 'Gift wrapped', value: GIFT_WRAPPED.id, description: 'Custom status under Completed' },
		],
	},
	{
		method: 'getOrderStatusTargets',
		parameters: { resource: 'order', operation: 'updateStatus' },
		path: 'status',
		request: firstPage('/orders/statuses'),
		answer: page([COMPLETED, GIFT_WRAPPED]),
		// the store's list first, then Salla's originals it left out (offered even before connecting)
		results: [
			{ name: 'Completed', value: 'slug:completed', description: 'Salla status (completed)' },
			{ name: 'Gift wrapped', value: `status_id:${GIFT_WRAPPED.id}`, description: 'Custom status under Completed' },
			...ORIGINALS.filter(([slug]) => slug !== 'completed').map(([slug, name]) => ({ name, value: `slug:${slug}`, description: `Salla status (${slug})` })),
		],
	},
	{
		method: 'getMainOrderStatuses',
		parameters: { resource: 'orderStatus', operation: 'create' },
		path: 'parent_id',
		request: firstPage('/orders/statuses'),
		answer: page([COMPLETED, GIFT_WRAPPED]),
		results: [{ name: 'Completed', value: COMPLETED.id, description: 'Salla status (completed)' }],
	},
	{
		method: 'searchOrderStatuses',
		parameters: { resource: 'orderStatus', operation: 'get' },
		path: 'status_id',
		filter: 'gift',
		request: firstPage('/orders/statuses'),
		answer: page([COMPLETED, GIFT_WRAPPED]),
		results: [{ name: 'Gift wrapped (Custom status under Completed)', value: String(GIFT_WRAPPED.id) }],
	},
];
