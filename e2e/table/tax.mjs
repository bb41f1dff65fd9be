// Tax (/taxes): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { ok, page } from '../../harness/salla-answers.mjs';

const VAT = { id: 1, tax: 15, country_id: 1473353380, status: 'active' };

export const operations = [
	{
		operation: 'create',
		parameters: { tax: 15, country_id: 1473353380 },
		request: { method: 'POST', path: '/taxes', body: { tax: '15', country_id: 1473353380 } },
		answer: ok(VAT, 201),
		output: [VAT],
	},
	{
		operation: 'getAll',
		parameters: { limit: 1 },
		request: { method: 'GET', path: '/taxes', query: { page: '1', per_page: '1' } },
		answer: page([VAT]),
		output: [VAT],
	},
];
