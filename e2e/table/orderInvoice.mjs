// Order Invoice (/orders/invoices): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, ok, page, readsOne } from '../../harness/salla-answers.mjs';

// as List Invoices and Invoice Details send them (amounts as text in the list, as Salla's example has it)
const CREDIT_NOTE = {
	id: 1479538730,
	order_id: 1557892161,
	type: 'Credit Note',
	invoice_number: 'CN-2026-0007',
	sub_total: { amount: '1000.00', currency: 'SAR' },
	shipping_cost: { amount: '10.00', currency: 'SAR' },
	tax: { percent: '15.00', amount: { amount: '151.50', currency: 'SAR' } },
	total: { amount: 1161.5, currency: 'SAR' },
	date: '2026-01-03',
};
const TAX_INVOICE = { ...CREDIT_NOTE, id: 1692688589, type: 'Tax Invoice', invoice_number: 'INV-2026-0042', total: { amount: 44.85, currency: 'SAR' } };

export const operations = [
	{
		operation: 'create',
		parameters: { order: byId(1557892161), type: 'credit_note', data_type: 'url', url: 'https://example.com/c.pdf' },
		request: {
			method: 'POST',
			path: '/orders/invoices',
			body: { order_id: 1557892161, type: 'credit_note', data_type: 'url', url: 'https://example.com/c.pdf' },
		},
		answer: ok(CREDIT_NOTE),
		output: [CREDIT_NOTE],
	},
	readsOne('get', { invoice: byId(CREDIT_NOTE.id) }, `/orders/invoices/${CREDIT_NOTE.id}`, CREDIT_NOTE),
	{
		operation: 'getAll',
		parameters: { limit: 50, filters: { from_date: '2026-01-01', order_id: byId(1557892161) } },
		request: {
			method: 'GET',
			path: '/orders/invoices',
			query: { from_date: '2026-01-01', order_id: '1557892161', page: '1', per_page: '50' },
		},
		answer: page([CREDIT_NOTE, TAX_INVOICE]),
		output: [CREDIT_NOTE, TAX_INVOICE],
	},
];

export const pickers = [
	{
		method: 'searchInvoices',
		parameters: { resource: 'orderInvoice', operation: 'get' },
		path: 'invoice',
		filter: 'inv-2026',
		request: firstPage('/orders/invoices'),
		answer: page([CREDIT_NOTE, TAX_INVOICE]),
		results: [{ name: 'Tax Invoice INV-2026-0042 · order 1557892161', value: String(TAX_INVOICE.id) }],
	},
];
