/**
 * Product → Get Quantities and Get Stock History (Salla's quantity audit): the filters as Salla's
 * pages write them (`categories[]`, `brands[]`, `tags[]`, `branch`, `keyword`), one item per row.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectNotSent, requestedPaths } from '../helpers/fixtures';


const row = { id: 2015276628, name: 'T-Shirt', sku_id: 652911549, sku: 'TS-XL', quantity: 3, price: { amount: 150, currency: 'SAR' }, unlimited_quantity: false, variant: 'XL' };
const change = { id: 1724121935, name: 'T-Shirt', sku: 'TS-XL', created_at: '2024-08-20', old_quantity: 115, new_quantity: 65, variant: 'XL', unlimited_quantity: false, reason: 'Restock', user: { id: 525144736, type: 'user', first_name: 'Joseph' } };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Get Quantities', () => {
	test('every filter, in Salla\'s query form, and one item per row', async () => {
		const query =
			'keyword=shirt&categories%5B%5D=43957834&categories%5B%5D=5&brands%5B%5D=716569785&tags%5B%5D=2129257534&branch=1473353380&page=1&per_page=60';
		salla('get', `/products/quantities?${query}`, 200, { status: 200, success: true, data: [row], pagination: { currentPage: 1, totalPages: 1 } });

		const { items, error } = await runSalla({
			resource: 'product',
			operation: 'getQuantities',
			returnAll: true,
			filters: { keyword: ' shirt ', categories: [43957834, '5'], brands: [716569785], tags: [2129257534], branch: 1473353380 },
		});

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual([`GET /admin/v2/products/quantities?${query}`]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: row, pairedItem: { item: 0 } }]);
	});

	test('no filters, Limit', async () => {
		salla('get', '/products/quantities?page=1&per_page=1', 200, { data: [row], pagination: { currentPage: 1, totalPages: 9 } });
		const { items } = await runSalla({ resource: 'product', operation: 'getQuantities', returnAll: false, limit: 1 });
		expect(requestedPaths()).toEqual(['GET /admin/v2/products/quantities?page=1&per_page=1']);
		expect(items).toHaveLength(1);
	});

	test.each([
		['a category that is not an ID', { categories: '={{ ["shirts"] }}' }, 'Category Names or IDs: "shirts" is not an ID'],
		['a branch that is not an ID', { branch: '={{ "main" }}' }, 'Branch Name or ID: "main" is not an ID'],
	])('bad input (%s) sends nothing', async (_case, filters, message) => expectNotSent({ resource: 'product', operation: 'getQuantities', returnAll: true, filters }, message));
});

describe('Product → Get Stock History', () => {
	test('one item per change of stock, pages walked', async () => {
		salla('get', '/products/quantities/audit?tags%5B%5D=1&page=1&per_page=60', 200, { data: [change], pagination: { currentPage: 1, totalPages: 2 } });
		salla('get', '/products/quantities/audit?tags%5B%5D=1&page=2&per_page=60', 200, { data: [{ ...change, id: 2 }], pagination: { currentPage: 2, totalPages: 2 } });

		const { items, error } = await runSalla({ resource: 'product', operation: 'getStockHistory', returnAll: true, filters: { tags: [1] } });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/products/quantities/audit?tags%5B%5D=1&page=1&per_page=60',
			'GET /admin/v2/products/quantities/audit?tags%5B%5D=1&page=2&per_page=60',
		]);
		expect(items).toEqual([
			{ json: change, pairedItem: { item: 0 } },
			{ json: { ...change, id: 2 }, pairedItem: { item: 0 } },
		]);
	});

	test('an answer paged with `cursor` (the page\'s example) is followed while `next` is set', async () => {
		salla('get', '/products/quantities/audit?page=1&per_page=60', 200, { data: [change], cursor: { current: 1, previous: null, next: 2, count: 1 } });
		salla('get', '/products/quantities/audit?page=2&per_page=60', 200, { data: [{ ...change, id: 2 }], cursor: { current: 2, previous: 1, next: null, count: 1 } });
		const { items } = await runSalla({ resource: 'product', operation: 'getStockHistory', returnAll: true });
		expect(requestedPaths()).toEqual(['GET /admin/v2/products/quantities/audit?page=1&per_page=60', 'GET /admin/v2/products/quantities/audit?page=2&per_page=60']);
		expect(items).toEqual([
			{ json: change, pairedItem: { item: 0 } },
			{ json: { ...change, id: 2 }, pairedItem: { item: 0 } },
		]);
	});

	test('Salla\'s 403 is a NodeApiError', async () => {
		salla('get', '/products/quantities/audit?page=1&per_page=60', 403, { status: 403, success: false, error: { code: 'Forbidden', message: 'This action is unauthorized.' } });
		const { error } = await runSalla({ resource: 'product', operation: 'getStockHistory', returnAll: true });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('403');
	});
});
