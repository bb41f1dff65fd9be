// Coupon (/coupons): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, ok, page, removed } from '../../harness/salla-answers.mjs';

const SUMMER = { id: 1622617640, code: 'SUMMER10', type: 'percentage', amount: 10 };

export const operations = [
	{
		operation: 'create',
		parameters: { code: 'SUMMER10', type: 'percentage', amount: 10, maximum_amount: 50, expiry_date: '2099-12-31T00:00:00', free_shipping: false, exclude_sale_products: true },
		request: {
			method: 'POST',
			path: '/coupons',
			body: { code: 'SUMMER10', type: 'percentage', amount: 10, maximum_amount: 50, expiry_date: '2099-12-31', free_shipping: false, exclude_sale_products: true },
		},
		answer: ok(SUMMER, 201),
		output: [SUMMER],
	},
	{
		operation: 'delete',
		parameters: { coupon_id: byId(SUMMER.id) },
		request: { method: 'DELETE', path: `/coupons/${SUMMER.id}` },
		answer: removed(),
		output: [{ id: SUMMER.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	{
		operation: 'get',
		parameters: { coupon_id: byId(SUMMER.id) },
		request: { method: 'GET', path: `/coupons/${SUMMER.id}` },
		answer: ok(SUMMER),
		output: [SUMMER],
	},
	{
		operation: 'getAll',
		parameters: { limit: 1, filters: { keyword: 'SUMMER' } },
		request: { method: 'GET', path: '/coupons', query: { keyword: 'SUMMER', page: '1', per_page: '1' } },
		answer: page([SUMMER]),
		output: [SUMMER],
	},
	{
		operation: 'update',
		parameters: { coupon_id: byId(SUMMER.id), updateFields: { amount: 15 } },
		request: { method: 'PUT', path: `/coupons/${SUMMER.id}`, body: { amount: 15 } },
		answer: ok({ ...SUMMER, amount: 15 }),
		output: [{ ...SUMMER, amount: 15 }],
	},
];

export const pickers = [
	{
		method: 'searchCoupons',
		parameters: { resource: 'coupon', operation: 'get' },
		path: 'coupon_id',
		filter: 'SUM',
		request: { method: 'GET', path: '/coupons', query: { page: '1', per_page: '60', keyword: 'SUM' } },
		answer: page([SUMMER]),
		results: [{ name: 'SUMMER10', value: String(SUMMER.id) }],
	},
];
