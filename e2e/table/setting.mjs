// Setting (/settings): each operation once inside n8n; the row format is in e2e/operations.e2e.test.mjs.
import { firstPage, ok, readsOne } from '../../harness/salla-answers.mjs';

// Settings List's "Orders Entity" example (trimmed)
const ORDER_SETTINGS = [
	{ slug: 'orders.receive_orders', type: 'form', value: null },
	{ slug: 'orders.reorder', type: 'boolean', value: true },
	{ slug: 'orders.minimum_amount', type: 'string', value: '123.23' },
	{ slug: 'orders.status_notifications', type: 'dropdown', value: ['email'] },
];
// Setting Details' examples: one in Salla's envelope, one bare
const RECEIVE_ORDERS = { receive_orders: true, limit: { enable: false, count: 50 } };
const RECEIVING_TIMES = { saturday: { enabled: true, from: '00:00', to: '23:55' }, friday: { enabled: false, from: '00:00', to: '23:55' } };

const bySlug = (value) => ({ __rl: true, mode: 'slug', value });

export const operations = [
	readsOne('get', { setting: bySlug('orders.receive_orders') }, '/settings/fields/orders.receive_orders', RECEIVE_ORDERS),
	{
		operation: 'get',
		parameters: { setting: bySlug('orders.receiving_times') },
		request: { method: 'GET', path: '/settings/fields/orders.receiving_times' },
		answer: { status: 200, body: RECEIVING_TIMES },
		output: [RECEIVING_TIMES],
	},
	{
		operation: 'getAll',
		parameters: { entity: 'orders' },
		request: { method: 'GET', path: '/settings', query: { entity: 'orders' } },
		answer: ok(ORDER_SETTINGS),
		output: ORDER_SETTINGS,
	},
	{
		operation: 'update',
		parameters: { setting: bySlug('orders.reorder'), type: 'boolean', enabled: false },
		request: { method: 'PUT', path: '/settings/fields/orders.reorder', body: { value: false } },
		answer: ok({ message: 'The record has been updated successfully', code: 201 }, 201),
		output: [{ slug: 'orders.reorder', value: false, updated: true, message: 'The record has been updated successfully' }],
	},
];

const entityPage = (entity, answer) => ({ request: firstPage('/settings', { entity }), answer });

export const pickers = [
	{
		// a search reads one entity after another until one has a match, skipping one Salla refuses
		method: 'searchSettings',
		parameters: { resource: 'setting', operation: 'update' },
		path: 'setting',
		filter: 'offers',
		calls: [
			entityPage('blogs', ok([{ slug: 'blogs.comments', type: 'boolean', value: true }])),
			entityPage('customers', ok([{ slug: 'customers.login', type: 'form', value: null }])),
			entityPage('feedbacks', {
				status: 422,
				body: { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { entity: ['The selected entity is invalid.'] } } },
			}),
			entityPage('mahally', ok([])),
			entityPage('marketing', ok([
				{ slug: 'marketing.settings.coupon_in_cart', type: 'boolean', value: false },
				{ slug: 'marketing.settings.enable_offers_coupons', type: 'boolean', value: true },
			])),
		],
		results: [{ name: 'marketing.settings.enable_offers_coupons (boolean)', value: 'marketing.settings.enable_offers_coupons' }],
	},
];
