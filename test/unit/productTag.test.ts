/**
 * Product Tag → Create (the name goes in the query string) and Get Many, and the Tags dropdown of
 * Product Create and Update.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { requestedPaths } from '../helpers/fixtures';


beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product Tag → Create', () => {
	test('sends the name as tag_name in the query string, with no body, and outputs the tag', async () => {
		salla('post', '/products/tags?tag_name=Summer%20Sale', 200, { status: 200, success: true, data: [{ id: 2129257534, name: 'Summer Sale' }] });

		const { items, error } = await runSalla({ resource: 'productTag', operation: 'create', tag_name: ' Summer Sale ' });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['POST /admin/v2/products/tags?tag_name=Summer%20Sale']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([{ json: { id: 2129257534, name: 'Summer Sale' }, pairedItem: { item: 0 } }]);
	});

	test('an empty name sends nothing', async () => {
		const { items, error } = await runSalla({ resource: 'productTag', operation: 'create', tag_name: '={{ "  " }}' });
		expect(error?.message).toBe('Tag Name is empty');
		expect(items).toEqual([]);
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 is a NodeApiError naming the field', async () => {
		salla('post', '/products/tags?tag_name=x', 422, {
			status: 422,
			success: false,
			error: { code: 'error', message: 'alert.invalid_fields', fields: { tag_name: ['The tag name has already been taken.'] } },
		});
		const { error } = await runSalla({ resource: 'productTag', operation: 'create', tag_name: 'x' });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): tag_name: The tag name has already been taken.');
	});
});

describe('Product Tag → Get Many', () => {
	test('one item per tag, pages walked with Return All', async () => {
		const tags = Array.from({ length: 60 }, (_, index) => ({ id: index + 1, name: `Tag ${index + 1}` }));
		salla('get', '/products/tags?page=1&per_page=60', 200, { data: tags, pagination: { currentPage: 1, totalPages: 2 } });
		salla('get', '/products/tags?page=2&per_page=60', 200, { data: [{ id: 61, name: 'ازر' }], pagination: { currentPage: 2, totalPages: 2 } });

		const { items, error } = await runSalla({ resource: 'productTag', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/products/tags?page=1&per_page=60', 'GET /admin/v2/products/tags?page=2&per_page=60']);
		expect(items).toHaveLength(61);
		expect(items[60]).toEqual({ json: { id: 61, name: 'ازر' }, pairedItem: { item: 0 } });
	});

	test('the page block spelt `pagenation` (Salla\'s example) is followed too', async () => {
		const tags = Array.from({ length: 60 }, (_, index) => ({ id: index + 1, name: `Tag ${index + 1}` }));
		salla('get', '/products/tags?page=1&per_page=60', 200, { data: tags, pagenation: { currentPage: 1, totalPages: 2 } });
		salla('get', '/products/tags?page=2&per_page=60', 200, { data: [{ id: 61, name: 'Last' }], pagenation: { currentPage: 2, totalPages: 2 } });
		const { items } = await runSalla({ resource: 'productTag', operation: 'getAll', returnAll: true });
		expect(requestedPaths()).toEqual(['GET /admin/v2/products/tags?page=1&per_page=60', 'GET /admin/v2/products/tags?page=2&per_page=60']);
		expect(items).toHaveLength(61);
	});

	test('Limit asks for just that many', async () => {
		salla('get', '/products/tags?page=1&per_page=2', 200, { data: [{ id: 1, name: 'a' }, { id: 2, name: 'b' }], pagination: { currentPage: 1, totalPages: 5 } });
		const { items } = await runSalla({ resource: 'productTag', operation: 'getAll', returnAll: false, limit: 2 });
		expect(requestedPaths()).toEqual(['GET /admin/v2/products/tags?page=1&per_page=2']);
		expect(items.map(({ json }) => json)).toEqual([{ id: 1, name: 'a' }, { id: 2, name: 'b' }]);
	});
});

describe('Tags dropdown of Product', () => {
	test('lists the store\'s tags', async () => {
		salla('get', '/products/tags?page=1&per_page=60', 200, { data: [{ id: 2129257534, name: 'T-Shirts' }], pagenation: { currentPage: 1, totalPages: 1 } });
		const { result } = await callMethod('loadOptions', 'getProductTags', { resource: 'product', operation: 'create' });
		expect(result).toEqual([{ name: 'T-Shirts', value: 2129257534 }]);
	});
});
