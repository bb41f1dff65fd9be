// Product Tag (/products/tags): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { firstPage, ok, page } from '../../harness/salla-answers.mjs';

const SUMMER = { id: 2129257534, name: 'Summer Sale' };
const LINEN = { id: 1982584825, name: 'Linen' };

export const operations = [
	{
		// the name goes in the query, and Salla answers with the tag in a list
		operation: 'create',
		parameters: { tag_name: 'Summer Sale' },
		request: { method: 'POST', path: '/products/tags', query: { tag_name: 'Summer Sale' } },
		answer: ok([SUMMER]),
		output: [SUMMER],
	},
	{
		// Salla's list example spells its page block `pagenation`
		operation: 'getAll',
		parameters: { returnAll: true },
		request: firstPage('/products/tags'),
		answer: {
			status: 200,
			body: { status: 200, success: true, data: [SUMMER, LINEN], pagenation: { count: 2, total: 2, perPage: 60, currentPage: 1, totalPages: 1, links: [] } },
		},
		output: [SUMMER, LINEN],
	},
];

export const pickers = [
	{
		method: 'getProductTags',
		parameters: { resource: 'product', operation: 'create', additionalFields: {} },
		path: 'additionalFields.tags',
		request: firstPage('/products/tags'),
		answer: page([SUMMER, LINEN]),
		results: [
			{ name: 'Summer Sale', value: SUMMER.id },
			{ name: 'Linen', value: LINEN.id },
		],
	},
];
