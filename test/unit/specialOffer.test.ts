/**
 * Special Offer: every operation, the exact requests, and the rules checked before sending.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { answer, byId, expectNotSent, invalidFields, listPicker, page, requestedPaths } from '../helpers/fixtures';
import specialOffer from '../fixtures/specialOffer.json';

const fromList = listPicker('new offer');

// buy 3, get 1 free, shared with the e2e table
const { buyXGetY } = specialOffer;

const create = (parameters: Record<string, unknown> = {}) => ({ resource: 'specialOffer', operation: 'create', ...buyXGetY, ...parameters });

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Special Offer → Create', () => {
	test('Buy X Get Y sends the buy and get blocks with plain product IDs, as Salla\'s example does', async () => {
		salla('post', '/specialoffers', 200, answer({ id: 1935541690, name: 'Buy 3 get 1' }));

		const { items, error } = await runSalla(
			create({ additionalFields: { start_date: '2099-01-01T00:00:00', message: ' Buy 3 ', min_purchase_amount: 100, min_items_count: 2, status: 'inactive', applied_with_coupon: false } }),
		);

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/specialoffers');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({
			name: 'Buy 3 get 1',
			applied_channel: 'browser',
			offer_type: 'buy_x_get_y',
			applied_to: 'product',
			start_date: '2099-01-01',
			expiry_date: '2099-06-30',
			message: 'Buy 3',
			status: 'inactive',
			applied_with_coupon: false,
			min_purchase_amount: 100,
			min_items_count: 2,
			buy: { type: 'product', quantity: 3, products: [892907448] },
			get: { type: 'product', discount_type: 'percentage', discount_amount: 100, quantity: 1, products: [892907448] },
		});
		expect(items).toEqual([{ json: { id: 1935541690, name: 'Buy 3 get 1' }, pairedItem: { item: 0 } }]);
	});

	test('a free reward sends no discount amount', async () => {
		salla('post', '/specialoffers', 200, answer({ id: 1 }));
		await runSalla(create({ buy: { type: 'category', quantity: 2, categories: [283675303] }, get: { discount_type: 'free-product', quantity: 1, discount_amount: 50 } }));
		expect(received[0].body).toMatchObject({
			buy: { type: 'category', quantity: 2, categories: [283675303] },
			get: { discount_type: 'free-product', quantity: 1 },
		});
		expect((received[0].body as { get: object }).get).toEqual({ discount_type: 'free-product', quantity: 1 });
	});

	test('a percentage offer on the order sends just the discount', async () => {
		salla('post', '/specialoffers', 200, answer({ id: 2 }));
		await runSalla(create({ offer_type: 'percentage', applied_to: 'order', applied_channel: 'browser_and_application', buy: {}, get: { discount_amount: 10 } }));
		expect(received[0].body).toEqual({
			name: 'Buy 3 get 1',
			applied_channel: 'browser_and_application',
			offer_type: 'percentage',
			applied_to: 'order',
			expiry_date: '2099-06-30',
			get: { discount_amount: 10 },
		});
	});

	test('a discounts table sends its tiers as {quantity, discount_amount}, with the products bought', async () => {
		salla('post', '/specialoffers', 200, answer({ id: 3 }));
		await runSalla(
			create({
				offer_type: 'discounts_table',
				buy: { products: [780490562] },
				get: {},
				discounts_table: { tier: [{ quantity: 3, discount_amount: 5 }, { quantity: '={{ 5 }}', discount_amount: 10 }] },
			}),
		);
		expect(received[0].body).toEqual({
			name: 'Buy 3 get 1',
			applied_channel: 'browser',
			offer_type: 'discounts_table',
			applied_to: 'product',
			expiry_date: '2099-06-30',
			buy: { products: [780490562] },
			discounts_table: [
				{ quantity: 3, discount_amount: 5 },
				{ quantity: 5, discount_amount: 10 },
			],
		});
	});

	test.each([
		['an empty name', { name: ' ' }, 'Name is empty'],
		['no expiry date', { expiry_date: '={{ "" }}' }, 'Expiry Date is empty'],
		['an expiry in the past', { expiry_date: '2020-05-01T00:00:00' }, 'Expiry Date (2020-05-01) is in the past'],
		['an expiry before the start', { additionalFields: { start_date: '2099-12-31T00:00:00' }, expiry_date: '2099-01-01T00:00:00' }, 'Expiry Date (2099-01-01) is not after Start Date (2099-12-31)'],
		['an unknown channel', { applied_channel: '={{ "app" }}' }, 'Channel: "app" is not one of the choices'],
		['Buy X Get Y without a buy type', { buy: { quantity: 2, products: [1] } }, 'Customer Buys: Type is empty'],
		['Buy X Get Y without a buy quantity', { buy: { type: 'product', products: [1] } }, 'Customer Buys: Quantity is empty'],
		['Buy X Get Y buying products without products', { buy: { type: 'product', quantity: 2 } }, 'Customer Buys: Product Names or IDs is empty'],
		['Buy X Get Y buying categories without categories', { buy: { type: 'category', quantity: 2, products: [1] } }, 'Customer Buys: Category Names or IDs is empty'],
		['Buy X Get Y without a reward type', { get: { quantity: 1 } }, 'Customer Gets: Discount Type is empty'],
		['Buy X Get Y without a reward quantity', { get: { discount_type: 'free-product' } }, 'Customer Gets: Quantity is empty'],
		['a percentage reward without discount', { get: { discount_type: 'percentage', quantity: 1 } }, 'Customer Gets: Discount is empty'],
		['a percentage reward over 100', { get: { discount_type: 'percentage', quantity: 1, discount_amount: 120 } }, 'Customer Gets: Discount: 120% is more than 100%'],
		['reward products missing', { get: { type: 'product', discount_type: 'free-product', quantity: 1 } }, 'Customer Gets: Product Names or IDs is empty'],
		['a product ID that is not a number', { buy: { type: 'product', quantity: 1, products: '={{ "pizza" }}' } }, 'Customer Buys: Product Names or IDs: "pizza" is not an ID'],
		['a percentage offer without discount', { offer_type: 'percentage', get: {} }, 'Customer Gets: Discount is empty'],
		['a percentage offer over 100', { offer_type: 'percentage', get: { discount_amount: 101 } }, 'Customer Gets: Discount: 101% is more than 100%'],
		['a fixed offer of 0', { offer_type: 'fixed_amount', get: { discount_amount: 0 } }, 'Customer Gets: Discount must be more than 0'],
		['a table on a payment method', { offer_type: 'discounts_table', applied_to: 'paymentMethod' }, 'Applies To: a Discounts Table offer cannot apply to a payment method'],
		['a table on products without products', { offer_type: 'discounts_table', buy: {} }, 'Customer Buys: Product Names or IDs is empty'],
		['a table without tiers', { offer_type: 'discounts_table', applied_to: 'order', discounts_table: {} }, 'Discounts Table is empty'],
		[
			'a table with the same quantity twice',
			{ offer_type: 'discounts_table', applied_to: 'order', discounts_table: { tier: [{ quantity: 2, discount_amount: 5 }, { quantity: 2, discount_amount: 9 }] } },
			'Discounts Table, tier 2: Quantity 2 is already used by another tier',
		],
	])('%s: nothing is sent', async (_case, parameters, message) => {
		await expectNotSent(create(parameters), message);
	});

	test('Salla\'s 422 is mapped with its fields', async () => {
		salla('post', '/specialoffers', 422, invalidFields({ 'get.products': ['حقل المنتجات (مطلوب)'] }));
		const { error } = await runSalla(create());
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): get.products: حقل المنتجات (مطلوب)');
	});
});

describe('Special Offer → Update', () => {
	test('sends the whole offer to the picked offer', async () => {
		salla('put', '/specialoffers/1935541690', 200, answer({ id: 1935541690, status: 'inactive' }));

		const { items, error } = await runSalla({ resource: 'specialOffer', operation: 'update', specialoffer: fromList('1935541690'), ...buyXGetY });

		expect(error).toBeUndefined();
		expect(received[0].method).toBe('PUT');
		expect(received[0].path).toBe('/admin/v2/specialoffers/1935541690');
		expect(received[0].body).toEqual({
			name: 'Buy 3 get 1',
			applied_channel: 'browser',
			offer_type: 'buy_x_get_y',
			applied_to: 'product',
			expiry_date: '2099-06-30',
			buy: { type: 'product', quantity: 3, products: [892907448] },
			get: { type: 'product', discount_type: 'percentage', discount_amount: 100, quantity: 1, products: [892907448] },
		});
		expect(items).toEqual([{ json: { id: 1935541690, status: 'inactive' }, pairedItem: { item: 0 } }]);
	});

	test('a missing offer is Salla\'s 404, mapped', async () => {
		salla('put', '/specialoffers/5', 404, { success: false, status: 404, error: { code: 404, message: 'The content you are trying to access is no longer available' } });
		const { error } = await runSalla({ resource: 'specialOffer', operation: 'update', specialoffer: byId('5'), ...buyXGetY });
		expect(error?.httpCode).toBe('404');
		expect(error?.message).toBe('Salla could not find what this operation refers to (404)');
	});
});

describe('Special Offer → Get Many, Get, Change Status, Delete', () => {
	test('Get Many walks every page with Return All', async () => {
		salla('get', '/specialoffers?page=1&per_page=60', 200, page(Array.from({ length: 60 }, (_, i) => ({ id: i + 1 })), 1, 2));
		salla('get', '/specialoffers?page=2&per_page=60', 200, page([{ id: 61 }], 2, 2));
		const { items } = await runSalla({ resource: 'specialOffer', operation: 'getAll', returnAll: true });
		expect(received.map((request) => request.path)).toEqual([
			'/admin/v2/specialoffers?page=1&per_page=60',
			'/admin/v2/specialoffers?page=2&per_page=60',
		]);
		expect(items).toHaveLength(61);
		expect(items[60]).toEqual({ json: { id: 61 }, pairedItem: { item: 0 } });
	});

	test('Get Many with a Limit asks for just that many', async () => {
		salla('get', '/specialoffers?page=1&per_page=2', 200, page([{ id: 1 }, { id: 2 }], 1, 9));
		const { items } = await runSalla({ resource: 'specialOffer', operation: 'getAll', returnAll: false, limit: 2 });
		expect(received.map((request) => request.path)).toEqual(['/admin/v2/specialoffers?page=1&per_page=2']);
		expect(items.map((item) => item.json)).toEqual([{ id: 1 }, { id: 2 }]);
	});

	test('Get outputs the offer', async () => {
		salla('get', '/specialoffers/1410023903', 200, answer({ id: 1410023903, offer_type: 'percentage' }));
		const { items } = await runSalla({ resource: 'specialOffer', operation: 'get', specialoffer: byId('1410023903') });
		expect(requestedPaths()).toEqual(['GET /admin/v2/specialoffers/1410023903']);
		expect(items).toEqual([{ json: { id: 1410023903, offer_type: 'percentage' }, pairedItem: { item: 0 } }]);
	});

	test('Change Status sends {status} and says what changed', async () => {
		salla('put', '/specialoffers/1410023903/status', 200, { status: 200, success: true, data: { code: 200, message: 'تم تغيير الحالة بنجاح' } });
		const { items } = await runSalla({ resource: 'specialOffer', operation: 'changeStatus', offer: fromList('1410023903'), status: 'active' });
		expect(received.map((request) => [request.method, request.path, request.body])).toEqual([
			['PUT', '/admin/v2/specialoffers/1410023903/status', { status: 'active' }],
		]);
		expect(items).toEqual([{ json: { id: 1410023903, status: 'active', message: 'تم تغيير الحالة بنجاح' }, pairedItem: { item: 0 } }]);
	});

	test('Change Status with an unknown status sends nothing', async () => {
		await expectNotSent({ resource: 'specialOffer', operation: 'changeStatus', offer: byId('1'), status: '={{ "paused" }}' }, 'Status: "paused" is not one of the choices');
	});

	test('Delete says which offer was deleted', async () => {
		salla('delete', '/specialoffers/77', 200, { status: 202, success: true, data: { message: 'The Object has been removed successfully', code: 202 } });
		const { items } = await runSalla({ resource: 'specialOffer', operation: 'delete', specialoffer: byId('77') });
		expect(requestedPaths()).toEqual(['DELETE /admin/v2/specialoffers/77']);
		expect(items).toEqual([{ json: { id: 77, deleted: true, message: 'The Object has been removed successfully' }, pairedItem: { item: 0 } }]);
	});

	test('the offer picker lists Salla\'s offers, filtered here by name', async () => {
		salla('get', '/specialoffers?page=1&per_page=60', 200, page([{ id: 1, name: 'Ramadan deal' }, { id: 2, name: 'Eid' }], 1, 1));
		const { result } = await callMethod('listSearch', 'searchSpecialOffers', { resource: 'specialOffer', operation: 'get' }, ['ramadan']);
		expect(result).toEqual({ results: [{ name: 'Ramadan deal', value: '1', url: undefined }], paginationToken: undefined });
	});
});
