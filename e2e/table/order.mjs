// Order (/orders): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, fixture, keywordSearch, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

// the unit tests' order (test/fixtures/order.json): paid by mada, shipped to a Jeddah address; the
// address as the panel takes it, and the body Salla gets (IDs as numbers, the map position as
// geo_coordinates, `lang` as the schema spells it)
const { created: ORDER, address: ADDRESS, createSent } = fixture('order');
const order = byId(ORDER.id);
const ITEM = { id: 3155923424, name: 'Black T-Shirt', sku: 'TS-BLK', quantity: 3, price: { amount: 100, currency: 'SAR' } };
// an order as List Orders sends it (`total`, `date`), for Get Many's Simplify
const LISTED = {
	id: 1296837389,
	reference_id: 40497224,
	total: { amount: 230, currency: 'SAR' },
	date: { date: '2026-01-05 10:00:00.000000', timezone_type: 3, timezone: 'Asia/Riyadh' },
	status: { id: 566146469, name: 'Under Review', slug: 'under_review' },
	customer: { id: 447121768, full_name: 'Ahmed Ali', mobile: 555555555, mobile_code: '+966', email: 'ahmed@example.com' },
	payment_method: 'mada',
	is_pending_payment: false,
	items: [{ name: 'Black T-Shirt', quantity: 2 }, { name: 'Cap', quantity: 1 }],
};
// an order as Order Details sends it (`amounts`, `shipping`), for Get's Simplify
const DETAILED = {
	id: 1936133132,
	reference_id: 40497225,
	status: { id: 566146470, name: 'Completed', slug: 'completed' },
	customer: { id: 447121768, first_name: 'Ahmed', last_name: 'Ali', mobile: 555555555, mobile_code: '+966', email: '' },
	amounts: {
		sub_total: { amount: 200, currency: 'SAR' },
		shipping_cost: { amount: 30, currency: 'SAR' },
		total: { amount: 230, currency: 'SAR' },
	},
	payment_method: 'cod',
	is_pending_payment: false,
	shipping: { company: { id: 1433878184, name: 'Aramex' }, shipment: { tracking_number: 'AWB1234567' } },
	date: { date: '2026-01-05 10:00:00.000000', timezone_type: 3, timezone: 'Asia/Riyadh' },
	updated_at: '2026-01-06 09:30:00',
	items: [{ name: 'Black T-Shirt', quantity: 2 }],
};
const AHMED = { id: 461258256, name: 'Ahmed Mohammed', avatar: 'https://www.gravatar.com/avatar/d41d8cd98f00b204e9800998ecf8427e?s=80&d=mm&r=g' };

export const operations = [
	{
		operation: 'addItem',
		parameters: { order: byId(837293123), findBy: 'sku', sku: 'TS-BLK', quantity: 3, itemFields: { branch_id: 12342, price: 100 } },
		request: {
			method: 'POST',
			path: '/orders/items',
			body: { order_id: 837293123, identifier_type: 'sku', identifier: 'TS-BLK', quantity: 3, branch_id: 12342, price: 100 },
		},
		// Salla answers with the order's items: one output item each
		answer: ok([ITEM, { id: 3155923425, name: 'Cap', sku: 'CAP-01', quantity: 1 }]),
		output: [ITEM, { id: 3155923425, name: 'Cap', sku: 'CAP-01', quantity: 1 }],
	},
	{
		operation: 'addNote',
		parameters: { order, note: 'Call before delivery' },
		request: { method: 'POST', path: `/orders/${ORDER.id}/histories`, body: { note: 'Call before delivery' } },
		answer: ok({ id: 1, comment: 'Call before delivery' }, 201),
		output: [{ id: 1, comment: 'Call before delivery' }],
	},
	{
		operation: 'addTag',
		parameters: { order, tag_name: 'gift' },
		request: { method: 'POST', path: `/orders/${ORDER.id}/tags`, body: { tag_name: 'gift' } },
		answer: ok([{ id: 5, name: 'gift' }], 201),
		output: [{ id: 5, name: 'gift' }],
	},
	{
		operation: 'create',
		parameters: {
			customerType: 'existing',
			customer: byId(447121768),
			products: { product: [{ identifier_type: 'id', product: byId(892907448), quantity: 2 }] },
			payment_status: 'paid',
			payment_method: 'mada',
			delivery_method: 'shipping',
			courier_id: byId(1433878184),
			ship_to: { address: ADDRESS },
		},
		request: { method: 'POST', path: '/orders', body: createSent },
		answer: ok(ORDER),
		output: [ORDER],
	},
	{
		operation: 'createDraft',
		parameters: {},
		request: { method: 'POST', path: '/orders/draft' },
		answer: ok({ id: 23761823281, reference_id: 1527192 }, 201),
		output: [{ id: 23761823281, reference_id: 1527192 }],
	},
	{
		operation: 'deleteItem',
		parameters: { item_id: byId(ITEM.id) },
		request: { method: 'DELETE', path: `/orders/items/${ITEM.id}` },
		answer: removed(),
		output: [{ item_id: ITEM.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	{
		operation: 'duplicate',
		parameters: { order },
		request: { method: 'POST', path: '/orders/duplicate', body: { order_id: ORDER.id } },
		answer: ok({ ...ORDER, id: 1275404515 }, 201),
		output: [{ ...ORDER, id: 1275404515 }],
	},
	readsOne('get', { order }, `/orders/${ORDER.id}`, ORDER),
	{
		operation: 'get',
		// Simplify on an order as Order Details sends it (`amounts`, `shipping`)
		parameters: { order: byId(DETAILED.id), simplify: true },
		request: { method: 'GET', path: `/orders/${DETAILED.id}` },
		answer: ok(DETAILED),
		output: [
			{
				id: DETAILED.id,
				reference_id: 40497225,
				status: 'Completed',
				status_slug: 'completed',
				status_id: 566146470,
				customer_id: 447121768,
				customer_name: 'Ahmed Ali',
				customer_mobile: '+966555555555',
				customer_email: null,
				total: 230,
				sub_total: 200,
				shipping_cost: 30,
				currency: 'SAR',
				payment_method: 'cod',
				is_pending_payment: false,
				shipping_company: 'Aramex',
				tracking_number: 'AWB1234567',
				created_at: '2026-01-05 10:00:00.000000',
				updated_at: '2026-01-06 09:30:00',
				items_count: 1,
				items_quantity: 2,
			},
		],
	},
	{
		operation: 'getHistory',
		parameters: { order, limit: 1 },
		request: firstPage(`/orders/${ORDER.id}/histories`, {}, 1),
		answer: page([{ id: 1, comment: 'Order created' }]),
		output: [{ id: 1, comment: 'Order created' }],
	},
	{
		operation: 'getInvoiceUrl',
		parameters: { order },
		request: { method: 'POST', path: `/orders/${ORDER.id}/print-invoice` },
		answer: ok({ url: 'https://s.salla.sa/invoice/1275404514.pdf' }),
		output: [{ order_id: ORDER.id, url: 'https://s.salla.sa/invoice/1275404514.pdf' }],
	},
	{
		operation: 'getItems',
		parameters: { order, limit: 1 },
		request: firstPage('/orders/items', { order_id: String(ORDER.id) }, 1),
		answer: page([{ id: 77, name: 'T-shirt', quantity: 2 }]),
		output: [{ id: 77, name: 'T-shirt', quantity: 2 }],
	},
	readsPage('getAll', { limit: 1, filters: { keyword: '40497223' }, simplify: false }, firstPage('/orders', { keyword: '40497223' }, 1), [ORDER]),
	{
		operation: 'getAll',
		// Simplify on (the default of nodes added at version 1.1): the fields a merchant works with
		parameters: { limit: 50, filters: { tags: ['1906257745'], unread: true }, simplify: true },
		request: firstPage('/orders', { 'tags[]': '1906257745', unread: 'true' }, 50),
		answer: page([LISTED]),
		output: [
			{
				id: LISTED.id,
				reference_id: 40497224,
				status: 'Under Review',
				status_slug: 'under_review',
				status_id: 566146469,
				customer_id: 447121768,
				customer_name: 'Ahmed Ali',
				customer_mobile: '+966555555555',
				customer_email: 'ahmed@example.com',
				total: 230,
				sub_total: null,
				shipping_cost: null,
				currency: 'SAR',
				payment_method: 'mada',
				is_pending_payment: false,
				shipping_company: null,
				tracking_number: null,
				created_at: '2026-01-05 10:00:00.000000',
				updated_at: null,
				items_count: 2,
				items_quantity: 3,
			},
		],
	},
	{
		operation: 'getAssignees',
		parameters: { order },
		request: { method: 'GET', path: `/orders/assignment/${ORDER.id}` },
		answer: ok([AHMED]),
		output: [AHMED],
	},
	{
		operation: 'relocateStock',
		parameters: { order: byId(ITEM.id), source: 1923546554, destination: 495787195 },
		request: { method: 'POST', path: `/orders/${ITEM.id}/inventory/relocate`, body: { source: 1923546554, destination: 495787195 } },
		answer: ok({ message: 'The stock has been relocated' }),
		output: [{ order_id: ITEM.id, source: 1923546554, destination: 495787195, relocated: true, message: 'The stock has been relocated' }],
	},
	{
		operation: 'runActions',
		parameters: {
			order_ids: '1296837389, 1936133132',
			actions: { action: [{ action_name: 'change_status', status: 525144736, restore_items: true }] },
		},
		request: {
			method: 'POST',
			path: '/orders/actions',
			body: {
				operations: [{ action_name: 'change_status', value: { status: 525144736, restore_items: true } }],
				filters: { order_ids: [1296837389, 1936133132] },
			},
		},
		// one result per action; the node repeats it for each order
		answer: ok([{ operation_id: '9c248334-f4cb', action_name: 'change_status', status: 'in_progress' }]),
		output: [1296837389, 1936133132].map((order_id) => ({
			order_id,
			operation_id: '9c248334-f4cb',
			action_name: 'change_status',
			status: 'in_progress',
			message: null,
		})),
	},
	{
		operation: 'sendInvoice',
		parameters: { order },
		request: { method: 'POST', path: `/orders/${ORDER.id}/send-invoice` },
		answer: ok({ message: 'The invoice has been sent', code: 200 }),
		output: [{ order_id: ORDER.id, sent: true, message: 'The invoice has been sent' }],
	},
	{
		operation: 'update',
		parameters: { order, coupon_code: 'SUMMER10' },
		request: { method: 'PUT', path: `/orders/${ORDER.id}`, body: { coupon_code: 'SUMMER10' } },
		answer: ok(ORDER),
		output: [ORDER],
	},
	{
		operation: 'update',
		parameters: { order: byId(LISTED.id), employees: [AHMED.id] },
		request: { method: 'PUT', path: `/orders/${LISTED.id}`, body: { employees: [AHMED.id] } },
		answer: ok(LISTED),
		output: [LISTED],
	},
	{
		operation: 'updateItem',
		parameters: { item_id: byId(ITEM.id), updateFields: { quantity: 2 } },
		request: { method: 'PUT', path: `/orders/items/${ITEM.id}`, body: { quantity: 2 } },
		answer: ok([{ ...ITEM, quantity: 2 }]),
		output: [{ ...ITEM, quantity: 2 }],
	},
	{
		operation: 'updateStatus',
		parameters: { order, status: 'slug:completed', note: 'Delivered by hand' },
		request: { method: 'POST', path: `/orders/${ORDER.id}/status`, body: { slug: 'completed', note: 'Delivered by hand' } },
		answer: ok({ message: 'The status has been updated', code: 200 }),
		output: [{ order_id: ORDER.id, slug: 'completed', updated: true, message: 'The status has been updated' }],
	},
];

export const pickers = [
	{
		method: 'searchOrders',
		parameters: { resource: 'order', operation: 'get' },
		path: 'order',
		filter: '4049',
		request: keywordSearch('/orders', '4049'),
		answer: page([{ ...ORDER, customer: { first_name: 'Ahmed', last_name: 'Ali' } }]),
		results: [{ name: '#40497223 · Ahmed Ali', value: String(ORDER.id) }],
	},
	{
		method: 'searchOrderItems',
		parameters: { resource: 'order', operation: 'deleteItem', order: byId(837293123) },
		path: 'item_id',
		filter: 'ts-blk',
		request: firstPage('/orders/items', { order_id: '837293123' }),
		answer: page([ITEM, { id: 3155923425, name: 'Cap', sku: 'CAP-01', quantity: 1 }]),
		results: [{ name: 'Black T-Shirt (TS-BLK) × 3', value: String(ITEM.id) }],
	},
	{
		method: 'getOrderItems',
		parameters: { resource: 'order', operation: 'relocateStock', order: byId(837293123), items: { item: [{ quantity: 1 }] } },
		path: 'items.item[0].id',
		request: firstPage('/orders/items', { order_id: '837293123' }),
		answer: page([ITEM]),
		results: [{ name: 'Black T-Shirt (TS-BLK) × 3', value: ITEM.id }],
	},
	{
		method: 'getCities',
		parameters: { resource: 'order', operation: 'create', delivery_method: 'shipping', ship_to: { address: { country: 1473353380 } } },
		path: 'ship_to.address.city',
		request: firstPage('/countries/1473353380/cities'),
		answer: page([{ id: 1939592358, name: 'Riyadh' }]),
		results: [{ name: 'Riyadh', value: 1939592358 }],
	},
	{
		method: 'getCountries',
		parameters: { resource: 'tax', operation: 'create' },
		path: 'country_id',
		request: firstPage('/countries'),
		answer: page([{ id: 1473353380, name: 'السعودية', name_en: 'Saudi Arabia', code: 'SA' }]),
		results: [{ name: 'Saudi Arabia', value: 1473353380, description: 'SA' }],
	},
];
