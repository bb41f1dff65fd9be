/**
 * Transaction → Get Many (its filters as the exact query string), Get, Update (refund, void,
 * reverse) and Print Invoice, and the transaction picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent, page } from '../helpers/fixtures';
import transaction from '../fixtures/transaction.json';

// Salla's Transaction Details example, shared with the e2e table
const payment = { ...transaction.payment, notes: 'Transaction Notes' };

const sent = () => received.map((request) => [request.method, decodeURIComponent(request.path), request.body]);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Transaction → Get Many', () => {
	const getMany = (parameters: Record<string, unknown>) => ({ resource: 'transaction', operation: 'getAll', ...parameters });

	test('every filter reaches Salla in its own words', async () => {
		salla('get', /^\/admin\/v2\/transactions\?/, 200, page([payment], 1, 1));

		const { items, error } = await runSalla(
			getMany({
				returnAll: true,
				filters: {
					keyword: ' Ahmed ',
					last_4_digit: '1234',
					payment_method: 'mada',
					status: 'paid',
					amount: 129,
					order_id: { __rl: true, mode: 'list', value: '1505493897', cachedResultName: '#40497536' },
				},
			}),
		);

		expect(error).toBeUndefined();
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(sent()).toEqual([
			[
				'GET',
				'/admin/v2/transactions?keyword=Ahmed&last_4_digit=1234&payment_method=mada&status=paid&amount=129&order_id=1505493897&page=1&per_page=60',
				undefined,
			],
		]);
		expect(items).toEqual([{ json: payment, pairedItem: { item: 0 } }]);
	});

	test('Return All walks every page; Limit asks for just that many', async () => {
		salla('get', '/transactions?page=1&per_page=60', 200, page(Array.from({ length: 60 }, (_, i) => ({ id: i + 1 })), 1, 2));
		salla('get', '/transactions?page=2&per_page=60', 200, page([{ id: 61 }], 2, 2));
		expect((await runSalla(getMany({ returnAll: true }))).items).toHaveLength(61);

		salla('get', '/transactions?page=1&per_page=3', 200, page([{ id: 1 }, { id: 2 }, { id: 3 }], 1, 9));
		const { items } = await runSalla(getMany({ returnAll: false, limit: 3 }));
		expect(items.map((item) => item.json)).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
		expect(received).toHaveLength(3);
	});

	test.each([
		['card digits that are not 4 digits', { last_4_digit: '123' }, 'Card Last 4 Digits: "123" is not 4 digits'],
		['an unknown payment method', { payment_method: '={{ "cash" }}' }, 'Payment Method: "cash" is not one of the choices'],
		['an unknown status', { status: '={{ "done" }}' }, 'Status: "done" is not one of the choices'],
		['a negative amount', { amount: -5 }, 'Amount: "-5" is not a number of at least 0'],
		['an order ID that is not a number', { order_id: byId('={{ "A-1" }}') }, 'Order: "A-1" is not an ID'],
	])('%s: nothing is sent', async (_case, filters, message) => expectNotSent(getMany({ returnAll: true, filters }), message));
});

describe('Transaction → Get', () => {
	test('sends GET to the transaction and outputs it', async () => {
		salla('get', '/transactions/1924095294', 200, { status: 200, success: true, data: payment });
		const { items, error } = await runSalla({ resource: 'transaction', operation: 'get', transaction_id: byId('1924095294') });
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['GET', '/admin/v2/transactions/1924095294', undefined]]);
		expect(items).toEqual([{ json: payment, pairedItem: { item: 0 } }]);
	});

	test('Salla\'s 404 is mapped; an empty ID sends nothing', async () => {
		salla('get', '/transactions/9', 404, { status: 404, success: false, error: { code: 404, message: 'Invoice not found' } });
		const { error } = await runSalla({ resource: 'transaction', operation: 'get', transaction_id: byId('9') });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla could not find what this operation refers to (404)');

		const empty = await runSalla({ resource: 'transaction', operation: 'get', transaction_id: byId('={{ "" }}') });
		expect(empty.error?.message).toBe('Transaction is empty');
		expect(received).toHaveLength(1);
	});
});

describe('Transaction → Update', () => {
	const update = (parameters: Record<string, unknown>) => ({
		resource: 'transaction',
		operation: 'update',
		transaction_id: byId('1924095294'),
		...parameters,
	});
	const refunded = { status: 201, success: true, data: { message: 'Invoice Partially Refunded successfully', code: 201 } };

	test('a partial refund sends the action, amount and currency; the output says what happened', async () => {
		salla('put', '/transactions/1924095294', 201, refunded);
		const { items, error } = await runSalla(update({ action: 'refund', amount: 90, currency: 'sar' }));
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['PUT', '/admin/v2/transactions/1924095294', { action: 'refund', amount: 90, currency: 'SAR' }]]);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(items).toEqual([
			{
				json: { transaction_id: 1924095294, action: 'refund', message: 'Invoice Partially Refunded successfully' },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('a refund without an amount refunds the whole payment; a void sends no amount', async () => {
		salla('put', '/transactions/1924095294', 201, refunded);
		salla('put', '/transactions/1924095294', 201, refunded);
		await runSalla(update({ action: 'refund' }));
		await runSalla(update({ action: 'void', amount: 10 }));
		expect(received.map((request) => request.body)).toEqual([{ action: 'refund' }, { action: 'void' }]);
	});

	test.each([
		['an unknown action', { action: '={{ "cancel" }}' }, 'Action: "cancel" is not one of the choices'],
		['a refund of 0', { action: 'refund', amount: 0 }, 'Refund Amount is 0'],
		['a refund with 3 decimals', { action: 'refund', amount: 1.005 }, 'Refund Amount: "1.005" has more than 2 decimals'],
		['a currency that is not a code', { action: 'refund', amount: 5, currency: 'riyal' }, 'Currency: "riyal" is not a currency code'],
	])('%s: nothing is sent', async (_case, parameters, message) => expectNotSent(update(parameters), message));

	test('Salla\'s 422 (not enough balance) reaches the user', async () => {
		salla('put', '/transactions/1924095294', 422, {
			status: 422,
			success: false,
			error: { code: 422, message: 'لايمكن إرجاع العملية بمبلغ 900ر.س لعدم وجود رصيد كافي في رصيد المدفوعات' },
		});
		const { error } = await runSalla(update({ action: 'refund', amount: 900 }));
		expect(error?.httpCode).toBe('422');
		expect(error?.message).toBe('Salla rejected the data (422): لايمكن إرجاع العملية بمبلغ 900ر.س لعدم وجود رصيد كافي في رصيد المدفوعات');
	});
});

describe('Transaction → Print Invoice', () => {
	test('sends POST to the print endpoint and outputs the PDF link with the transaction', async () => {
		const url = 'https://cdn.salla.sa/QDqV/downloads/print_transaction_invoice.pdf';
		salla('post', '/transactions/1924095294/print', 200, { status: 200, success: true, data: { url } });
		const { items, error } = await runSalla({ resource: 'transaction', operation: 'printInvoice', transaction_id: byId('1924095294') });
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['POST', '/admin/v2/transactions/1924095294/print', undefined]]);
		expect(items).toEqual([{ json: { transaction_id: 1924095294, url }, pairedItem: { item: 0 } }]);
	});
});

test('the transaction picker searches by customer and shows who paid what', async () => {
	salla('get', '/transactions?page=1&per_page=60&keyword=Ahmed', 200, page([payment], 1, 1));
	const { result } = await callMethod('listSearch', 'searchTransactions', { resource: 'transaction', operation: 'get' }, ['Ahmed']);
	expect(result).toEqual({ results: [{ name: '#1924095294 · Ahmed Saleh · 129 SAR · paid', value: '1924095294', url: undefined }], paginationToken: undefined });
});
