// Shipping Company (/shipping/companies): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { page } from '../../harness/salla-answers.mjs';

const ARAMEX = { id: 1927161457, name: 'Aramex', slug: 'aramex' };
const SMSA = { id: 1927161458, name: 'SMSA', slug: 'smsa' };

export const operations = [
	{
		operation: 'getAll',
		parameters: { limit: 1 },
		request: { method: 'GET', path: '/shipping/companies', query: { page: '1', per_page: '1' } },
		answer: page([ARAMEX]),
		output: [ARAMEX],
	},
	{
		operation: 'getAll',
		parameters: { returnAll: true },
		calls: [
			{ request: { method: 'GET', path: '/shipping/companies', query: { page: '1', per_page: '60' } }, answer: page([ARAMEX], { totalPages: 2, total: 2 }) },
			{ request: { method: 'GET', path: '/shipping/companies', query: { page: '2', per_page: '60' } }, answer: page([SMSA], { currentPage: 2, totalPages: 2, total: 2 }) },
		],
		output: [ARAMEX, SMSA],
	},
];

export const pickers = [
	{
		method: 'searchShippingCompanies',
		parameters: { resource: 'order', operation: 'create', delivery_method: 'shipping' },
		path: 'courier_id',
		request: { method: 'GET', path: '/shipping/companies', query: { page: '1', per_page: '60' } },
		answer: page([ARAMEX]),
		results: [{ name: 'Aramex', value: String(ARAMEX.id) }],
	},
	{
		method: 'getShippingCompanies',
		parameters: { resource: 'shipment', operation: 'create' },
		path: 'courier_id',
		request: { method: 'GET', path: '/shipping/companies', query: { page: '1', per_page: '60' } },
		answer: page([ARAMEX]),
		results: [{ name: 'Aramex', value: ARAMEX.id }],
	},
];
