// Category (/categories): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, ok, page, removed } from '../../harness/salla-answers.mjs';

const SHOES = { id: 1508745312, name: 'Shoes', status: 'active', parent_id: 0 };

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
	{
		operation: 'get',
		parameters: { category: byId(SHOES.id) },
		request: { method: 'GET', path: `/categories/${SHOES.id}` },
		answer: ok(SHOES),
		output: [SHOES],
	},
	{
		operation: 'getAll',
		parameters: { limit: 1, filters: { keyword: 'Sho' } },
		request: { method: 'GET', path: '/categories', query: { keyword: 'Sho', page: '1', per_page: '1' } },
		answer: page([SHOES]),
		output: [SHOES],
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
		request: { method: 'GET', path: '/categories', query: { page: '1', per_page: '60', keyword: 'Sho' } },
		answer: page([SHOES]),
		results: [{ name: 'Shoes', value: String(SHOES.id) }],
	},
	{
		method: 'getCategories',
		parameters: { resource: 'product', operation: 'create', additionalFields: {} },
		path: 'additionalFields.categories',
		request: { method: 'GET', path: '/categories', query: { page: '1', per_page: '60' } },
		answer: page([SHOES]),
		results: [{ name: 'Shoes', value: SHOES.id }],
	},
];
