/**
 * Category → Get Many: Return All walks Salla's pages, Limit stops early, filters reach the query
 * string, and each category is output as Salla sends it (subcategories kept).
 */
import nock from 'nock';

import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { page, requestedPaths } from '../helpers/fixtures';

const getMany = (parameters: Record<string, unknown> = {}) => ({
	resource: 'category',
	operation: 'getAll',
	...parameters,
});

const categories = (first: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({ id: first + index, name: `Category ${first + index}`, parent_id: 0, sub_categories: [] }));

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Category → Get Many', () => {
	test('Return All walks two pages of 60 and outputs one item per category', async () => {
		salla('get', '/categories?page=1&per_page=60', 200, page(categories(1, 60), 1, 2));
		salla('get', '/categories?page=2&per_page=60', 200, page(categories(61, 12), 2, 2));

		const { items, error } = await runSalla(getMany({ returnAll: true }));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/categories?page=1&per_page=60',
			'GET /admin/v2/categories?page=2&per_page=60',
		]);
		expect(received.every((request) => request.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
		expect(received.every((request) => request.body === undefined)).toBe(true);
		expect(items).toHaveLength(72);
		expect(items.map((item) => item.json.id)).toEqual(categories(1, 72).map((entry) => entry.id));
		expect(items[71]).toEqual({ json: categories(72, 1)[0], pairedItem: { item: 0 } });
	});

	test('the tree is output as Salla returns it: subcategories stay inside their parent', async () => {
		const shoes = {
			id: 1390018242,
			name: 'Shoes',
			parent_id: 0,
			status: 'active',
			sub_categories: [
				{ id: 1390018243, name: 'Sneakers', parent_id: 1390018242, sub_categories: [] },
				{ id: 1390018244, name: 'Boots', parent_id: 1390018242, sub_categories: [{ id: 5, name: 'Winter', parent_id: 1390018244 }] },
			],
		};
		salla('get', '/categories?page=1&per_page=60', 200, page([shoes, categories(9, 1)[0]], 1, 1));

		const { items } = await runSalla(getMany({ returnAll: true }));

		expect(items).toEqual([
			{ json: shoes, pairedItem: { item: 0 } },
			{ json: categories(9, 1)[0], pairedItem: { item: 0 } },
		]);
	});

	test('a Limit smaller than a page asks for just that many, once', async () => {
		salla('get', '/categories?page=1&per_page=3', 200, page(categories(1, 3), 1, 20));
		const { items } = await runSalla(getMany({ returnAll: false, limit: 3 }));
		expect(requestedPaths()).toEqual(['GET /admin/v2/categories?page=1&per_page=3']);
		expect(items.map((item) => item.json)).toEqual(categories(1, 3));
	});

	test('a Limit spanning pages stops as soon as it has enough', async () => {
		salla('get', '/categories?page=1&per_page=60', 200, page(categories(1, 60), 1, 4));
		salla('get', '/categories?page=2&per_page=60', 200, page(categories(61, 60), 2, 4));
		const { items } = await runSalla(getMany({ returnAll: false, limit: 70 }));
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/categories?page=1&per_page=60',
			'GET /admin/v2/categories?page=2&per_page=60',
		]);
		expect(items).toHaveLength(70);
		expect(items[69].json.id).toBe(70);
	});

	test('Name Contains and Status reach the query string, trimmed', async () => {
		salla('get', /\/admin\/v2\/categories\?.*/, 200, page(categories(1, 1), 1, 1));
		await runSalla(getMany({ returnAll: true, filters: { keyword: '  cat food ', status: 'hidden' } }));
		expect(requestedPaths()).toEqual(['GET /admin/v2/categories?keyword=cat%20food&status=hidden&page=1&per_page=60']);
	});

	test('a filter added but left blank is not sent', async () => {
		salla('get', '/categories?page=1&per_page=60', 200, page([], 1, 0));
		const { items, error } = await runSalla(getMany({ returnAll: true, filters: { keyword: '' } }));
		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/categories?page=1&per_page=60']);
		expect(items).toEqual([]);
	});

	test('a Status from an expression that is not a choice sends nothing', async () => {
		const { error } = await runSalla(getMany({ returnAll: true, filters: { status: '={{ "visible" }}' } }));
		expect(error?.message).toBe('Status: "visible" is not one of the choices');
		expect(error?.description).toBe('Status must be one of: active (Active), hidden (Hidden).');
		expect(received).toEqual([]);
	});

	test('a missing scope is a clear 401', async () => {
		const unauthorized = {
			status: 401,
			success: false,
			error: { code: 'Unauthorized', message: 'The access token should have access to one of those scopes: categories.read' },
		};
		salla('get', '/categories?page=1&per_page=60', 401, unauthorized);
		nock('https://accounts.salla.sa').post('/oauth2/token').reply(200, {
			access_token: 'refreshed',
			refresh_token: 'refreshed-refresh',
			token_type: 'bearer',
			expires_in: 1209600,
		});
		salla('get', '/categories?page=1&per_page=60', 401, unauthorized);

		const { error } = await runSalla(getMany({ returnAll: true }));

		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('401');
		expect(error?.description).toContain('give the app the scope categories.read');
	});
});
