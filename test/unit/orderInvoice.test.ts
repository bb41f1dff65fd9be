/**
 * Order Invoice → Get Many, Get, Create: the exact request, the output items, the checks made before
 * sending, Salla's errors, and the invoice picker.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value });
const list = (data: object[], currentPage = 1, totalPages = 1) => ({
	status: 200,
	success: true,
	data,
	pagination: { count: data.length, total: data.length, perPage: 60, currentPage, totalPages, links: {} },
});
const invoice = { id: 1479538730, order_id: 1557892161, type: 'Tax Invoice', invoice_number: 'INV-42', total: { amount: 482.5, currency: 'SAR' } };
const paths = () => received.map(({ method, path }) => `${method} ${decodeURIComponent(path)}`);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Order Invoice → Get Many', () => {
	test('dates and order reach Salla as from_date, to_date and order_id', async () => {
		salla('get', /\/admin\/v2\/orders\/invoices\?.*/, 200, list([invoice]));
		const { items, error } = await runSalla({
			resource: 'orderInvoice',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { from_date: '2026-01-01T00:00:00', to_date: '2026-01-31', order_id: byId('1557892161') },
		});
		expect(error).toBeUndefined();
		expect(paths()).toEqual(['GET /admin/v2/orders/invoices?from_date=2026-01-01&to_date=2026-01-31&order_id=1557892161&page=1&per_page=5']);
		expect(items).toEqual([{ json: invoice, pairedItem: { item: 0 } }]);
	});

	test.each([
		[{ from_date: '2026-02-01', to_date: '2026-01-01' }, 'From (2026-02-01) is after To (2026-01-01)'],
		[{ order_id: byId('={{ "#42" }}') }, 'Order: "#42" is not an ID'],
	])('%j is refused before sending', async (filters, message) => {
		const { error } = await runSalla({ resource: 'orderInvoice', operation: 'getAll', returnAll: true, filters });
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});
});

describe('Order Invoice → Get', () => {
	test('GET /orders/invoices/{invoice}', async () => {
		salla('get', '/orders/invoices/1479538730', 200, { status: 200, success: true, data: invoice });
		const { items } = await runSalla({ resource: 'orderInvoice', operation: 'get', invoice: byId(1479538730) });
		expect(paths()).toEqual(['GET /admin/v2/orders/invoices/1479538730']);
		expect(items).toEqual([{ json: invoice, pairedItem: { item: 0 } }]);
	});

	test('Salla\'s 404 becomes a NodeApiError', async () => {
		salla('get', '/orders/invoices/1', 404, { status: 404, success: false, error: { code: 404, message: 'المحتوى غير متوفر' } });
		const { error } = await runSalla({ resource: 'orderInvoice', operation: 'get', invoice: byId(1) });
		expect(error?.name).toBe('NodeApiError');
	});

	test('the invoice picker names each invoice by type, number and order', async () => {
		salla('get', '/orders/invoices?page=1&per_page=60', 200, list([invoice]));
		const { result } = await callMethod('listSearch', 'searchInvoices', { resource: 'orderInvoice', operation: 'get' });
		expect(result).toEqual({ results: [{ name: 'Tax Invoice INV-42 · order 1557892161', value: '1479538730' }], paginationToken: undefined });
	});
});

describe('Order Invoice → Create', () => {
	const create = (parameters: Record<string, unknown> = {}) => ({
		resource: 'orderInvoice',
		operation: 'create',
		order: byId(1557892161),
		...parameters,
	});
	const created = { status: 200, success: true, data: invoice };

	test('from the order: order_id, type and data_type only', async () => {
		salla('post', '/orders/invoices', 200, created);
		const { items } = await runSalla(create());
		expect(paths()).toEqual(['POST /admin/v2/orders/invoices']);
		expect(received[0].body).toEqual({ order_id: 1557892161, type: 'tax_invoice', data_type: 'order' });
		expect(items).toEqual([{ json: invoice, pairedItem: { item: 0 } }]);
	});

	test('a credit note from a PDF address', async () => {
		salla('post', '/orders/invoices', 200, created);
		await runSalla(create({ type: 'credit_note', data_type: 'url', url: ' https://example.com/credit-42.pdf ' }));
		expect(received[0].body).toEqual({ order_id: 1557892161, type: 'credit_note', data_type: 'url', url: 'https://example.com/credit-42.pdf' });
	});

	test('the store\'s own figures', async () => {
		const figures = {
			data_type: 'data',
			invoice_number: 'INV-42',
			sub_total: 300,
			shipping_cost: 25,
			cash_on_delivery_cost: 0,
			tax: 15,
			tax_value: 48.75,
			total: 373.75,
		};
		salla('post', '/orders/invoices', 200, created);
		await runSalla(create(figures));
		expect(received[0].body).toEqual({ order_id: 1557892161, type: 'tax_invoice', ...figures });
	});

	test.each([
		[{ order: byId('={{ "" }}') }, 'Order is empty'],
		[{ type: '={{ "receipt" }}' }, 'Type: "receipt" is not one of the choices'],
		[{ data_type: '={{ "file" }}' }, 'Source: "file" is not one of the choices'],
		[{ data_type: 'url', url: '' }, 'PDF URL is empty'],
		[{ data_type: 'url', url: 'https://example.com/invoice.png' }, 'PDF URL: "https://example.com/invoice.png" is not the address of a PDF'],
		[{ data_type: 'data', invoice_number: '' }, 'Invoice Number is empty'],
		[{ data_type: 'data', invoice_number: 'A1', total: '={{ "" }}' }, 'Total is empty'],
		[{ data_type: 'data', invoice_number: 'A1', tax: 150 }, 'Tax Rate (%): "150" is not a number from 0 to 100'],
	])('%j is refused before sending', async (parameters, message) => {
		const { error } = await runSalla(create(parameters));
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 (an invoice already issued) becomes a NodeApiError', async () => {
		salla('post', '/orders/invoices', 422, {
			status: 422,
			success: false,
			error: { code: 'error', message: 'alert.invalid_fields', fields: { type: ['تم اصدار فاتورة للطلب سابقا'] } },
		});
		const { error } = await runSalla(create());
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): type: تم اصدار فاتورة للطلب سابقا');
	});
});
