// Tax (/taxes): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, ok, page, readsOne, readsPage } from '../../harness/salla-answers.mjs';

const VAT = { id: 1, tax: 15, country_id: 1473353380, status: 'active' };
// as Salla's pages show a tax: its country by name
const BAHRAIN_VAT = { id: 2087347200, tax: 5, status: 'active', country: 'Bahrain' };

export const operations = [
	{
		operation: 'create',
		parameters: { tax: 15, country_id: 1473353380 },
		request: { method: 'POST', path: '/taxes', body: { tax: '15', country_id: 1473353380 } },
		answer: ok(VAT, 201),
		output: [VAT],
	},
	{
		operation: 'delete',
		parameters: { tax: byId(BAHRAIN_VAT.id) },
		request: { method: 'DELETE', path: `/taxes/${BAHRAIN_VAT.id}` },
		// Salla's page: HTTP 200 with status 202 in the body
		answer: { status: 200, body: { status: 202, success: true, data: { message: 'The Tax has been removed successfully', code: 202 } } },
		output: [{ id: BAHRAIN_VAT.id, deleted: true, message: 'The Tax has been removed successfully' }],
	},
	readsOne('get', { tax: byId(BAHRAIN_VAT.id) }, `/taxes/${BAHRAIN_VAT.id}`, BAHRAIN_VAT),
	readsPage('getAll', { limit: 1 }, firstPage('/taxes', {}, 1), [VAT]),
	{
		operation: 'update',
		parameters: { tax: byId(BAHRAIN_VAT.id), rate: 10, country_id: 773200552 },
		request: { method: 'PUT', path: `/taxes/${BAHRAIN_VAT.id}`, body: { tax: '10', country_id: 773200552 } },
		answer: ok({ ...BAHRAIN_VAT, tax: 10 }),
		output: [{ ...BAHRAIN_VAT, tax: 10 }],
	},
];

export const pickers = [
	{
		method: 'searchTaxes',
		parameters: { resource: 'tax', operation: 'get' },
		path: 'tax',
		filter: 'bah',
		// Salla's list has no keyword: the picker filters each page by the shown name
		request: firstPage('/taxes'),
		answer: page([VAT, BAHRAIN_VAT]),
		results: [{ name: '5% · Bahrain', value: String(BAHRAIN_VAT.id) }],
	},
];
