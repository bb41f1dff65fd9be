// Transaction (/transactions): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, fixture, keywordSearch, ok, page, readsOne, readsPage } from '../../harness/salla-answers.mjs';

// Salla's Transaction Details example (test/fixtures/transaction.json)
const PAYMENT = fixture('transaction').payment;
const transaction_id = byId(PAYMENT.id);
const INVOICE = 'https://cdn.salla.sa/QDqV/downloads/print_transaction_invoice.pdf';

export const operations = [
	readsOne('get', { transaction_id }, `/transactions/${PAYMENT.id}`, PAYMENT),
	readsPage('getAll', { limit: 10, filters: { payment_method: 'mada', status: 'paid' } }, firstPage('/transactions', { payment_method: 'mada', status: 'paid' }, 10), [PAYMENT]),
	{
		// every filter at once: the card's last digits, the amount and the order go as Salla's schema types them
		operation: 'getAll',
		parameters: {
			returnAll: true,
			filters: { keyword: 'Ahmed', last_4_digit: '1234', amount: 129, order_id: byId(PAYMENT.references.order_id), status: 'paid' },
		},
		request: {
			method: 'GET',
			path: '/transactions',
			query: { keyword: 'Ahmed', last_4_digit: '1234', status: 'paid', amount: '129', order_id: String(PAYMENT.references.order_id), page: '1', per_page: '60' },
		},
		answer: page([PAYMENT]),
		output: [PAYMENT],
	},
	{
		operation: 'printInvoice',
		parameters: { transaction_id },
		request: { method: 'POST', path: `/transactions/${PAYMENT.id}/print` },
		answer: ok({ url: INVOICE }),
		output: [{ transaction_id: PAYMENT.id, url: INVOICE }],
	},
	{
		operation: 'update',
		parameters: { transaction_id, action: 'refund', amount: 90, currency: 'SAR' },
		request: { method: 'PUT', path: `/transactions/${PAYMENT.id}`, body: { action: 'refund', amount: 90, currency: 'SAR' } },
		answer: ok({ message: 'Invoice Partially Refunded successfully', code: 201 }, 201),
		output: [{ transaction_id: PAYMENT.id, action: 'refund', message: 'Invoice Partially Refunded successfully' }],
	},
	{
		// a void sends the action alone: the page documents an amount for refunds only
		operation: 'update',
		parameters: { transaction_id, action: 'void' },
		request: { method: 'PUT', path: `/transactions/${PAYMENT.id}`, body: { action: 'void' } },
		answer: ok({ message: 'Invoice Voided successfully', code: 201 }, 201),
		output: [{ transaction_id: PAYMENT.id, action: 'void', message: 'Invoice Voided successfully' }],
	},
];

export const pickers = [
	{
		method: 'searchTransactions',
		parameters: { resource: 'transaction', operation: 'get' },
		path: 'transaction_id',
		filter: 'Ahmed',
		request: keywordSearch('/transactions', 'Ahmed'),
		answer: page([PAYMENT]),
		results: [{ name: '#1924095294 · Ahmed Saleh · 129 SAR · paid', value: String(PAYMENT.id) }],
	},
];
