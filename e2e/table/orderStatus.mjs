// Order Status (/orders/statuses): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { ok, page } from '../../harness/salla-answers.mjs';

const COMPLETED = { id: 566146469, name: 'Completed', type: 'original', slug: 'completed', parent: null };
const GIFT_WRAPPED = { id: 566146470, name: 'Gift wrapped', type: 'custom', parent: { id: 566146469, name: 'Completed' } };

export const operations = [
	{
		operation: 'create',
		parameters: { name: 'Gift wrapped', parent_id: 566146469, message: 'Your order is gift wrapped' },
		request: { method: 'POST', path: '/orders/statuses', body: { name: 'Gift wrapped', parent_id: 566146469, message: 'Your order is gift wrapped' } },
		answer: ok(GIFT_WRAPPED, 201),
		output: [GIFT_WRAPPED],
	},
	{
		operation: 'getAll',
		parameters: { limit: 2 },
		request: { method: 'GET', path: '/orders/statuses', query: { page: '1', per_page: '2' } },
		answer: ok([COMPLETED, GIFT_WRAPPED]),
		output: [COMPLETED, GIFT_WRAPPED],
	},
];

export const pickers = [
	{
		method: 'getOrderStatuses',
		parameters: { resource: 'order', operation: 'getAll', filters: {} },
		path: 'filters.status',
		request: { method: 'GET', path: '/orders/statuses', query: { page: '1', per_page: '60' } },
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
		request: { method: 'GET', path: '/orders/statuses', query: { page: '1', per_page: '60' } },
		answer: page([COMPLETED, GIFT_WRAPPED]),
		results: [
			{ name: 'Completed', value: 'slug:completed', description: 'Salla status (completed)' },
			{ name: 'Gift wrapped', value: `status_id:${GIFT_WRAPPED.id}`, description: 'Custom status under Completed' },
		],
	},
	{
		method: 'getMainOrderStatuses',
		parameters: { resource: 'orderStatus', operation: 'create' },
		path: 'parent_id',
		request: { method: 'GET', path: '/orders/statuses', query: { page: '1', per_page: '60' } },
		answer: page([COMPLETED, GIFT_WRAPPED]),
		results: [{ name: 'Completed', value: COMPLETED.id, description: 'Salla status (completed)' }],
	},
];
