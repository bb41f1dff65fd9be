// Branch (/branches): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, ok, page } from '../../harness/salla-answers.mjs';

const BRANCH = { id: 1473353380, name: 'Riyadh warehouse', is_default: true };

export const operations = [
	{
		operation: 'get',
		parameters: { branch: byId(BRANCH.id) },
		request: { method: 'GET', path: `/branches/${BRANCH.id}` },
		answer: ok(BRANCH),
		output: [BRANCH],
	},
	{
		operation: 'getAll',
		parameters: { limit: 1, filters: { keyword: 'Riyadh' } },
		request: { method: 'GET', path: '/branches', query: { keyword: 'Riyadh', page: '1', per_page: '1' } },
		answer: page([BRANCH]),
		output: [BRANCH],
	},
];

export const pickers = [
	{
		method: 'searchBranches',
		parameters: { resource: 'branch', operation: 'get' },
		path: 'branch',
		filter: 'Riyadh',
		request: { method: 'GET', path: '/branches', query: { page: '1', per_page: '60', keyword: 'Riyadh' } },
		answer: page([BRANCH]),
		results: [{ name: 'Riyadh warehouse', value: String(BRANCH.id) }],
	},
	{
		method: 'getBranches',
		parameters: { resource: 'product', operation: 'updateStock', additionalFields: {} },
		path: 'additionalFields.branch',
		request: { method: 'GET', path: '/branches', query: { page: '1', per_page: '60' } },
		answer: page([BRANCH]),
		results: [{ name: 'Riyadh warehouse', value: BRANCH.id }],
	},
];
