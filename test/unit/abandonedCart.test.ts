/**
 * Abandoned Cart → Get Many and Get, and the abandoned-cart picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent, listPicker, page, requestedPaths } from '../helpers/fixtures';

const fromList = listPicker('#1');

const cart = (id: number) => ({
	id,
	total: { amount: 250, currency: 'SAR' },
	subtotal: { amount: 250, currency: 'SAR' },
	total_discount: { amount: 0, currency: 'SAR' },
	checkout_url: `https://store.example.com/checkout/${id}`,
	age_in_minutes: 42,
	customer: { id: 928374983, name: 'Sara Ali', mobile: '+966560000000' },
	items: [{ id: 1, product_id: 2, quantity: 1 }],
});

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Abandoned Cart → Get Many', () => {
	test('Return All walks two pages with the filters, one item per cart', async () => {
		const first = Array.from({ length: 60 }, (_, index) => cart(index + 1));
		salla('get', '/carts/abandoned?offset=30&keyword=%2B966560000000&page=1&per_page=60', 200, page(first, 1, 2));
		salla('get', '/carts/abandoned?offset=30&keyword=%2B966560000000&page=2&per_page=60', 200, page([cart(61)], 2, 2));

		const { items, error } = await runSalla({
			resource: 'abandonedCart',
			operation: 'getAll',
			returnAll: true,
			filters: { keyword: '+966560000000', offset: 30 },
		});

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/carts/abandoned?offset=30&keyword=%2B966560000000&page=1&per_page=60',
			'GET /admin/v2/carts/abandoned?offset=30&keyword=%2B966560000000&page=2&per_page=60',
		]);
		expect(received.every((request) => request.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
		expect(items).toHaveLength(61);
		expect(items[60]).toEqual({ json: cart(61), pairedItem: { item: 0 } });
	});

	test('Limit stops at the first page', async () => {
		salla('get', '/carts/abandoned?page=1&per_page=5', 200, page([1, 2, 3, 4, 5].map(cart), 1, 9));
		const { items } = await runSalla({ resource: 'abandonedCart', operation: 'getAll', returnAll: false, limit: 5 });
		expect(requestedPaths()).toEqual(['GET /admin/v2/carts/abandoned?page=1&per_page=5']);
		expect(items.map((item) => item.json.id)).toEqual([1, 2, 3, 4, 5]);
	});

	test.each([
		['zero minutes', 0, 'Created Within (Minutes): "0" is not a whole number of at least 1'],
		['a fraction', '={{ 2.5 }}', 'Created Within (Minutes): "2.5" is not a whole number of at least 1'],
		['text', '={{ "soon" }}', 'Created Within (Minutes): "soon" is not a whole number of at least 1'],
		['nothing', '={{ "" }}', 'Created Within (Minutes) is empty'],
	])('a bad Created Within (%s) sends nothing', async (_case, offset, message) => {
		await expectNotSent({ resource: 'abandonedCart', operation: 'getAll', returnAll: true, filters: { offset } }, message);
	});
});

describe('Abandoned Cart → Get', () => {
	test('sends GET to the cart and outputs it', async () => {
		salla('get', '/carts/abandoned/1563287461', 200, { status: 200, success: true, data: { ...cart(1563287461), status: 'active' } });
		const { items, error } = await runSalla({ resource: 'abandonedCart', operation: 'get', cart: fromList('1563287461') });
		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/carts/abandoned/1563287461']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: { ...cart(1563287461), status: 'active' }, pairedItem: { item: 0 } }]);
	});

	test('a cart ID that is not a number sends nothing', async () => {
		const { error } = await runSalla({ resource: 'abandonedCart', operation: 'get', cart: byId('={{ "abc" }}') });
		expect(error?.message).toBe('Abandoned Cart: "abc" is not a cart ID');
		expect(error?.description).toBe('Choose the cart from the list, or give its ID: a whole number such as 1563287461.');
		expect(received).toEqual([]);
	});

	test('a missing cart is a clear 404 (Arabic message quoted)', async () => {
		salla('get', '/carts/abandoned/8', 404, { status: 404, success: false, error: { code: 'error', message: 'المحتوى الذي تحاول الوصول اليه غير متوفر' } });
		const { error } = await runSalla({ resource: 'abandonedCart', operation: 'get', cart: byId('8') });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
		expect(error?.description).toContain('Salla says: "المحتوى الذي تحاول الوصول اليه غير متوفر"');
	});
});

describe('Abandoned cart picker', () => {
	test('searches by customer ID or mobile and names each cart by customer and total', async () => {
		salla('get', '/carts/abandoned?page=1&per_page=60&keyword=928374983', 200, page([cart(5), { id: 6 }], 1, 1));
		const { result } = await callMethod('listSearch', 'searchAbandonedCarts', { resource: 'abandonedCart', operation: 'get' }, ['928374983']);
		expect(received[0].path).toBe('/admin/v2/carts/abandoned?page=1&per_page=60&keyword=928374983');
		expect(result).toEqual({
			results: [
				{ name: '#5 · Sara Ali · 250 SAR', value: '5', url: undefined },
				{ name: '#6', value: '6', url: undefined },
			],
			paginationToken: undefined,
		});
	});
});
