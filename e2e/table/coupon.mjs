// Coupon (/coupons): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, fixture, keywordSearch, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

// the coupons of the unit tests (test/fixtures/coupon.json): a single 10% coupon and a group of codes
const { code, terms, termsSent, group, marketer } = fixture('coupon');
const SUMMER = { id: 1622617640, code, type: 'percentage', amount: 10 };
const RAMADAN = { id: 1257881496, is_group: true, group_name: 'Ramadan codes', group_coupons_count: 100, type: 'percentage', amount: 10 };
const MARKETER = { marketing_active: true, ...marketer };

export const operations = [
	{
		operation: 'create',
		// a marketer coupon from the start: Sara earns 15 SAR an order, at most 40
		parameters: { code, ...terms, additionalFields: marketer },
		request: { method: 'POST', path: '/coupons', body: { code, ...termsSent, ...MARKETER } },
		answer: ok(SUMMER, 201),
		output: [SUMMER],
	},
	{
		// a group coupon: no code of its own, Salla makes 100 codes ending in RMD
		operation: 'create',
		parameters: { ...group, ...terms, additionalFields: { usage_limit_per_user: 1, payment_methods: ['mada', 'apple_pay'] } },
		request: {
			method: 'POST',
			path: '/coupons',
			body: { ...group, ...termsSent, usage_limit_per_user: 1, payment_methods: ['mada', 'apple_pay'] },
		},
		answer: ok(RAMADAN, 201),
		output: [RAMADAN],
	},
	{
		operation: 'delete',
		parameters: { coupon_id: byId(SUMMER.id) },
		request: { method: 'DELETE', path: `/coupons/${SUMMER.id}` },
		answer: removed(),
		output: [{ id: SUMMER.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { coupon_id: byId(SUMMER.id) }, `/coupons/${SUMMER.id}`, SUMMER),
	readsPage('getAll', { limit: 1, filters: { keyword: 'SUMMER' } }, firstPage('/coupons', { keyword: 'SUMMER' }, 1), [SUMMER]),
	{
		operation: 'getCodes',
		parameters: { coupon_id: byId(RAMADAN.id), returnAll: true },
		request: firstPage('/coupons/codes', { coupon_id: String(RAMADAN.id) }),
		answer: page([
			{ id: 301, code: 'K7Q2RMD' },
			{ id: 302, code: 'P9X4RMD' },
		]),
		output: [
			{ id: 301, code: 'K7Q2RMD' },
			{ id: 302, code: 'P9X4RMD' },
		],
	},
	{
		operation: 'update',
		parameters: { coupon_id: byId(SUMMER.id), updateFields: { amount: 15 } },
		request: { method: 'PUT', path: `/coupons/${SUMMER.id}`, body: { amount: 15 } },
		answer: ok({ ...SUMMER, amount: 15 }),
		output: [{ ...SUMMER, amount: 15 }],
	},
	{
		// a marketer coupon: Sara earns 15 SAR an order, at most 40
		operation: 'update',
		parameters: {
			coupon_id: byId(SUMMER.id),
			updateFields: marketer,
		},
		request: { method: 'PUT', path: `/coupons/${SUMMER.id}`, body: MARKETER },
		answer: ok({ ...SUMMER, ...MARKETER }),
		output: [{ ...SUMMER, ...MARKETER }],
	},
];

export const pickers = [
	{
		method: 'searchCoupons',
		parameters: { resource: 'coupon', operation: 'get' },
		path: 'coupon_id',
		filter: 'SUM',
		request: keywordSearch('/coupons', 'SUM'),
		answer: page([SUMMER]),
		results: [{ name: 'SUMMER10', value: String(SUMMER.id) }],
	},
];
