// Category (/categories): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, keywordSearch, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

const SHOES = { id: 1508745312, name: 'Shoes', status: 'active', parent_id: 0 };
const SNEAKERS = { id: 1508745313, name: 'Sneakers', status: 'active', parent_id: SHOES.id };
// Salla lists top-level categories and nests the rest: the pickers list each with its path
const SHOES_LISTED = { ...SHOES, sub_categories: [{ ...SNEAKERS, sub_categories: [] }] };
const DRESSES = { id: 1390018242, name: 'Dresses', status: 'active', parent_id: 0 };
const EVENING = { id: 451690116, name: 'Evening dresses', status: 'active', parent_id: DRESSES.id, sort_order: 1 };
const SUMMER = { id: 451690117, name: 'Summer dresses', status: 'active', parent_id: DRESSES.id, sort_order: 2 };
const IPHONE = { id: 1616381492, name: 'iPhone 16 Pro', image: 'https://cdn.salla.sa/products/iphone-16-pro.jpg', sort: 1 };
const EARRINGS = { id: 388819608, name: 'Ruby earrings', image: 'https://cdn.salla.sa/products/ruby-earrings.jpg', sort: 2 };

export const operations = [
	{
		operation: 'create',
		parameters: { name: 'Shoes', additionalFields: { status: 'active', sort_order: 2 } },
		request: { method: 'POST', path: '/categories', body: { name: 'Shoes', status: 'active', sort_order: 2 } },
		answer: ok(SHOES, 201),
		output: [SHOES],
	},
	{
		operation: 'delete',
		parameters: { category: byId(SHOES.id) },
		request: { method: 'DELETE', path: `/categories/${SHOES.id}` },
		answer: removed(),
		output: [{ id: SHOES.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { category: byId(SHOES.id) }, `/categories/${SHOES.id}`, SHOES),
	readsPage('getAll', { limit: 1, filters: { keyword: 'Sho' } }, firstPage('/categories', { keyword: 'Sho' }, 1), [SHOES]),
	{
		operation: 'getChildren',
		parameters: { category: byId(DRESSES.id), limit: 2 },
		request: firstPage(`/categories/${DRESSES.id}/children`, {}, 2),
		answer: page([EVENING, SUMMER], { perPage: 2, total: 5, totalPages: 3 }),
		output: [EVENING, SUMMER],
	},
	readsPage('getProducts', { category: byId(DRESSES.id), returnAll: true }, firstPage(`/categories/${DRESSES.id}/products`), [IPHONE, EARRINGS]),
	{
		operation: 'search',
		parameters: { keyword: 'dress', ids: [EVENING.id], returnAll: true },
		// Salla's page writes the IDs as ids[]=…
		request: firstPage('/categories/search', { keyword: 'dress', 'ids[]': String(EVENING.id) }),
		answer: page([EVENING]),
		output: [EVENING],
	},
	{
		operation: 'update',
		parameters: { category: byId(SHOES.id), updateFields: { name: 'Sneakers' } },
		request: { method: 'PUT', path: `/categories/${SHOES.id}`, body: { name: 'Sneakers' } },
		answer: ok({ ...SHOES, name: 'Sneakers' }),
		output: [{ ...SHOES, name: 'Sneakers' }],
	},
];

export const pickers = [
	{
		method: 'searchCategories',
		parameters: { resource: 'category', operation: 'get' },
		path: 'category',
		filter: 'Sho',
		request: keywordSearch('/categories', 'Sho'),
		answer: page([SHOES_LISTED]),
		results: [
			{ name: 'Shoes', value: String(SHOES.id) },
			{ name: 'Shoes › Sneakers', value: String(SNEAKERS.id) },
		],
	},
	{
		method: 'getCategories',
		parameters: { resource: 'product', operation: 'create', additionalFields: {} },
		path: 'additionalFields.categories',
		request: firstPage('/categories'),
		answer: page([SHOES_LISTED]),
		results: [
			{ name: 'Shoes', value: SHOES.id },
			{ name: 'Shoes › Sneakers', value: SNEAKERS.id },
		],
	},
];
