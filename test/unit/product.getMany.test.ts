/**
 * Product → Get Many: Salla's pages, and the keyword, status and category filters as Salla receives them.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { pageWithLinks, requestedPaths } from '../helpers/fixtures';

const getMany = (parameters: Record<string, unknown> = {}) => ({
	resource: 'product',
	operation: 'getAll',
	...parameters,
});

const products = (first: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({ id: first + index, name: `Product ${first + index}`, quantity: '5' }));

const page = pageWithLinks([]);

const requested = () => requestedPaths();

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Get Many', () => {
	test('Return All walks every page, one item per product, Salla\'s shapes kept', async () => {
		salla('get', '/products?page=1&per_page=60', 200, page(products(1, 60), 1, 2));
		salla('get', '/products?page=2&per_page=60', 200, page(products(61, 3), 2, 2));

		const { items, error } = await runSalla(getMany({ returnAll: true }));

		expect(error).toBeUndefined();
		expect(requested()).toEqual(['GET /admin/v2/products?page=1&per_page=60', 'GET /admin/v2/products?page=2&per_page=60']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toHaveLength(63);
		expect(items[62]).toEqual({ json: { id: 63, name: 'Product 63', quantity: '5' }, pairedItem: { item: 0 } });
	});

	test('every filter is sent as Salla\'s query parameter', async () => {
		salla('get', /\/admin\/v2\/products\?.*/, 200, page(products(1, 2), 1, 1));

		const { items } = await runSalla(
			getMany({ limit: 10, filters: { keyword: ' T-Shirt Blue ', status: 'hidden', category: 1032561074 } }),
		);

		expect(requested()).toEqual([
			'GET /admin/v2/products?keyword=T-Shirt%20Blue&status=hidden&category=1032561074&page=1&per_page=10',
		]);
		expect(items.map((item) => item.json.id)).toEqual([1, 2]);
	});

	test('a category given by an expression as text is sent as its ID', async () => {
		salla('get', /\/admin\/v2\/products\?.*/, 200, page([], 1, 1));
		await runSalla(getMany({ limit: 5, filters: { category: '={{ "256950451" }}', keyword: '' } }));
		expect(requested()).toEqual(['GET /admin/v2/products?category=256950451&page=1&per_page=5']);
	});

	test.each([
		[{ status: '={{ "deleted" }}' }, 'Status: "deleted" is not one of the choices', 'Status must be one of: sale (For Sale), out (Out of Stock), hidden (Hidden).'],
		[{ category: '={{ "shoes" }}' }, 'Category: "shoes" is not an ID', 'Category is a whole number, such as 1032561074.'],
	])('a bad filter is stopped before sending: %#', async (filters, message, description) => {
		const { error } = await runSalla(getMany({ limit: 5, filters }));
		expect(error?.message).toBe(message);
		expect(error?.description).toBe(description);
		expect(received).toEqual([]);
	});

	test('the product list search asks Salla with the keyword and shows the SKU', async () => {
		salla('get', '/products?page=1&per_page=60&keyword=shirt', 200, {
			...page([{ id: 5, name: 'T-Shirt', sku: 'TS-5', urls: { admin: 'https://s.salla.sa/products/5' } }], 1, 1),
		});

		const { result } = await callMethod('listSearch', 'searchProducts', getMany(), ['shirt']);

		expect(requested()).toEqual(['GET /admin/v2/products?page=1&per_page=60&keyword=shirt']);
		expect(result).toEqual({
			results: [{ name: 'T-Shirt (TS-5)', value: '5', url: 'https://s.salla.sa/products/5' }],
			paginationToken: undefined,
		});
	});
});
