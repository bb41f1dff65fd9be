/**
 * Category → Get Products, Get Subcategories and Search: the paths and queries Salla documents, one
 * item per record, Salla's pages followed.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectNotSent, pageWithLinks, requestedPaths } from '../helpers/fixtures';

const page = pageWithLinks([]);
const laptops = { __rl: true, mode: 'id', value: '1390018242' };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Category → Get Products', () => {
	test('every page of the category\'s products, with their sort order', async () => {
		const products = Array.from({ length: 60 }, (_, index) => ({ id: index + 1, name: `P${index + 1}`, image: '', sort: index + 1 }));
		salla('get', '/categories/1390018242/products?page=1&per_page=60', 200, page(products, 1, 2));
		salla('get', '/categories/1390018242/products?page=2&per_page=60', 200, page([{ id: 1616381492, name: 'iPhone 16 Pro', sort: 61 }], 2, 2));

		const { items, error } = await runSalla({ resource: 'category', operation: 'getProducts', category: laptops, returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/categories/1390018242/products?page=1&per_page=60',
			'GET /admin/v2/categories/1390018242/products?page=2&per_page=60',
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toHaveLength(61);
		expect(items[60]).toEqual({ json: { id: 1616381492, name: 'iPhone 16 Pro', sort: 61 }, pairedItem: { item: 0 } });
	});

	test('a bad category ID sends nothing', async () => {
		const { error } = await runSalla({ resource: 'category', operation: 'getProducts', category: { ...laptops, value: '={{ "laptops" }}' }, returnAll: true });
		expect(error?.message).toBe('Category: "laptops" is not a category ID');
		expect(received).toEqual([]);
	});

	test('Salla\'s 404 is a NodeApiError', async () => {
		salla('get', '/categories/1390018242/products?page=1&per_page=5', 404, { success: false, status: 404, error: { code: 404, message: 'The content you are trying to access is no longer available' } });
		const { error } = await runSalla({ resource: 'category', operation: 'getProducts', category: laptops, returnAll: false, limit: 5 });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
	});
});

describe('Category → Get Subcategories', () => {
	test('the direct subcategories, up to Limit', async () => {
		salla('get', '/categories/1390018242/children?page=1&per_page=2', 200, page([{ id: 1255216786, name: 'Gaming', sort_order: 1, items: [] }, { id: 2, name: 'Office' }], 1, 3));

		const { items } = await runSalla({ resource: 'category', operation: 'getChildren', category: laptops, returnAll: false, limit: 2 });

		expect(requestedPaths()).toEqual(['GET /admin/v2/categories/1390018242/children?page=1&per_page=2']);
		expect(items.map(({ json }) => json)).toEqual([{ id: 1255216786, name: 'Gaming', sort_order: 1, items: [] }, { id: 2, name: 'Office' }]);
	});
});

describe('Category → Search', () => {
	test('by name and IDs: keyword and ids[] as Salla\'s page writes them', async () => {
		salla('get', '/categories/search?keyword=dress&ids%5B%5D=451690116&ids%5B%5D=451690117&page=1&per_page=60', 200, page([{ id: 451690116, name: 'Dresses', parent_id: 0 }], 1, 1));

		const { items, error } = await runSalla({ resource: 'category', operation: 'search', keyword: ' dress ', ids: [451690116, '451690117'], returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/categories/search?keyword=dress&ids%5B%5D=451690116&ids%5B%5D=451690117&page=1&per_page=60']);
		expect(items).toEqual([{ json: { id: 451690116, name: 'Dresses', parent_id: 0 }, pairedItem: { item: 0 } }]);
	});

	test('by name only', async () => {
		salla('get', '/categories/search?keyword=shoes&page=1&per_page=60', 200, page([], 1, 1));
		const { items } = await runSalla({ resource: 'category', operation: 'search', keyword: 'shoes', returnAll: true });
		expect(requestedPaths()).toEqual(['GET /admin/v2/categories/search?keyword=shoes&page=1&per_page=60']);
		expect(items).toEqual([]);
	});

	test.each([
		['nothing to search for', { keyword: '', ids: [] }, 'Nothing to search for'],
		['an ID that is not a number', { ids: '={{ ["dresses"] }}' }, 'Category Names or IDs: "dresses" is not an ID'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => expectNotSent({ resource: 'category', operation: 'search', returnAll: true, ...parameters }, message));
});
