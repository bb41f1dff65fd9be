/**
 * Category pickers (Category's own locator, Parent Category, and the category dropdowns of Product,
 * Coupon and Special Offer) list subcategories too: Salla nests them under `sub_categories`, at any
 * depth, so each one is listed after its parent, named with its path.
 */
import { callMethod } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { pageWithLinks } from '../helpers/fixtures';

const shoes = {
	id: 1390018242,
	name: 'Shoes',
	parent_id: 0,
	sub_categories: [
		{ id: 1390018243, name: 'Sneakers', parent_id: 1390018242, sub_categories: [] },
		{
			id: 1390018244,
			name: 'Boots',
			parent_id: 1390018242,
			sub_categories: [{ id: 1390018245, name: 'Winter', parent_id: 1390018244 }],
		},
	],
};
const bags = { id: 774382199, name: 'Bags', parent_id: 0, sub_categories: [] };

const page = pageWithLinks([]);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Category list search (From list)', () => {
	test('lists every subcategory, at any depth, after its parent as "Parent › Child"', async () => {
		salla('get', '/categories?page=1&per_page=60', 200, page([shoes, bags], 1, 1));

		const { result } = await callMethod('listSearch', 'searchCategories', { resource: 'category', operation: 'get' });

		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['GET /admin/v2/categories?page=1&per_page=60']);
		expect(result).toEqual({
			results: [
				{ name: 'Shoes', value: '1390018242', url: undefined },
				{ name: 'Shoes › Sneakers', value: '1390018243', url: undefined },
				{ name: 'Shoes › Boots', value: '1390018244', url: undefined },
				{ name: 'Shoes › Boots › Winter', value: '1390018245', url: undefined },
				{ name: 'Bags', value: '774382199', url: undefined },
			],
			paginationToken: undefined,
		});
	});

	test('a search keeps Salla\'s keyword filter and lists the matches\' subcategories', async () => {
		salla('get', '/categories?page=1&per_page=60&keyword=shoe', 200, page([shoes], 1, 1));

		const { result } = await callMethod<{ results: Array<{ name: string }> }>(
			'listSearch',
			'searchCategories',
			{ resource: 'product', operation: 'create' },
			['shoe'],
		);

		expect(received[0].path).toBe('/admin/v2/categories?page=1&per_page=60&keyword=shoe');
		expect(result.results.map(({ name }) => name)).toEqual(['Shoes', 'Shoes › Sneakers', 'Shoes › Boots', 'Shoes › Boots › Winter']);
	});
});

describe('Category dropdowns (Product, Coupon, Special Offer)', () => {
	test.each([
		['product', 'create'],
		['coupon', 'create'],
	])('%s → %s: every page, subcategories included', async (resource, operation) => {
		salla('get', '/categories?page=1&per_page=60', 200, page([bags], 1, 2));
		salla('get', '/categories?page=2&per_page=60', 200, page([shoes, { id: 9, sub_categories: null }], 2, 2));

		const { result } = await callMethod('loadOptions', 'getCategories', { resource, operation });

		expect(received.map(({ path }) => path)).toEqual([
			'/admin/v2/categories?page=1&per_page=60',
			'/admin/v2/categories?page=2&per_page=60',
		]);
		expect(result).toEqual([
			{ name: 'Bags', value: 774382199 },
			{ name: 'Shoes', value: 1390018242 },
			{ name: 'Shoes › Sneakers', value: 1390018243 },
			{ name: 'Shoes › Boots', value: 1390018244 },
			{ name: 'Shoes › Boots › Winter', value: 1390018245 },
			{ name: '9', value: 9 },
		]);
	});
});
