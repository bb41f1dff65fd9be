/**
 * Order → Get, Duplicate, Add Tag, Add Note, Get History, Get Items, Get Invoice URL, Send Invoice:
 * the exact request and output of each, the order picker's checks, and Salla's 404.
 */
import type { IDataObject } from 'n8n-workflow';

import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { pageWithLinks, requestedPaths } from '../helpers/fixtures';

const ORDER = { __rl: true, mode: 'list', value: '1275404514' };
const run = (operation: string, parameters: Record<string, unknown> = {}, items?: IDataObject[]) =>
	runSalla({ resource: 'order', operation, order: ORDER, ...parameters }, items ? { items } : {});

const ok = (data: unknown, status = 200) => ({ status, success: true, data });
const page = pageWithLinks([]);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Order → Get', () => {
	test('GET /orders/{id}; the output is the order', async () => {
		const order = { id: 1275404514, reference_id: 40497223, status: { slug: 'under_review' } };
		salla('get', '/orders/1275404514', 200, ok(order));

		const { items, error } = await run('get');

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/orders/1275404514']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([{ json: order, pairedItem: { item: 0 } }]);
	});

	test('Light Format adds format=light; the ID may come By ID from an expression', async () => {
		salla('get', '/orders/55?format=light', 200, ok({ id: 55 }));
		const { items } = await run('get', { lightFormat: true, order: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }, [{ id: 55 }]);
		expect(received[0].path).toBe('/admin/v2/orders/55?format=light');
		expect(items).toEqual([{ json: { id: 55 }, pairedItem: { item: 0 } }]);
	});

	test('an order ID that is not a number is refused before sending', async () => {
		const { error } = await run('get', { order: { __rl: true, mode: 'id', value: '={{ "#40497223" }}' } });
		expect(error?.message).toBe('Order: "#40497223" is not an order ID');
		expect(received).toEqual([]);
	});

	test('Salla\'s 404 becomes a NodeApiError', async () => {
		salla('get', '/orders/1275404514', 404, { status: 404, success: false, error: { code: 404, message: 'The content you are trying to access is no longer available' } });
		const { error } = await run('get');
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
		expect(received).toHaveLength(1);
	});
});

describe('Order → Duplicate, Add Tag, Add Note', () => {
	test('Duplicate posts {order_id} and outputs the new draft order (201)', async () => {
		const copy = { id: 99, reference_id: 40497999, draft: true };
		salla('post', '/orders/duplicate', 201, ok(copy, 201));
		const { items } = await run('duplicate');
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/orders/duplicate');
		expect(received[0].body).toEqual({ order_id: 1275404514 });
		expect(items).toEqual([{ json: copy, pairedItem: { item: 0 } }]);
	});

	test('Duplicate: Salla\'s 422 (numeric code) becomes a NodeApiError', async () => {
		salla('post', '/orders/duplicate', 422, { status: 422, success: false, error: { code: 422, message: 'لا يمكن تكرار الطلب' } });
		const { error } = await run('duplicate');
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('422');
	});

	test('Add Tag posts {tag_name} and outputs the tag', async () => {
		salla('post', '/orders/1275404514/tags', 200, ok({ id: 7, name: 'paid' }));
		const { items } = await run('addTag', { tag_name: ' paid ' });
		expect(received[0].path).toBe('/admin/v2/orders/1275404514/tags');
		expect(received[0].body).toEqual({ tag_name: 'paid' });
		expect(items).toEqual([{ json: { id: 7, name: 'paid' }, pairedItem: { item: 0 } }]);
	});

	test('Add Tag without a tag is refused before sending', async () => {
		const { error } = await run('addTag', { tag_name: '={{ "" }}' });
		expect(error?.message).toBe('Tag is empty');
		expect(received).toEqual([]);
	});

	test('Add Note posts {note} to the histories and outputs the history entry', async () => {
		const entry = { id: 1333127585, status: 'مسترجع', note: 'Paid by bank', created_at: { date: '2026-01-05 10:00:00.000000' } };
		salla('post', '/orders/1275404514/histories', 200, ok(entry));
		const { items } = await run('addNote', { note: 'Paid by bank' });
		expect(received[0].body).toEqual({ note: 'Paid by bank' });
		expect(items).toEqual([{ json: entry, pairedItem: { item: 0 } }]);
	});

	test('Add Note without a note is refused before sending', async () => {
		const { error } = await run('addNote', { note: '={{ "  " }}' });
		expect(error?.message).toBe('Note is empty');
		expect(received).toEqual([]);
	});
});

describe('Order → Get History, Get Items', () => {
	test('Get History walks the pages, one item per entry', async () => {
		salla('get', '/orders/1275404514/histories?page=1&per_page=60', 200, page([{ id: 1 }, { id: 2 }], 1, 2));
		salla('get', '/orders/1275404514/histories?page=2&per_page=60', 200, page([{ id: 3 }], 2, 2));
		const { items } = await run('getHistory', { returnAll: true });
		expect(received.map(({ path }) => path)).toEqual([
			'/admin/v2/orders/1275404514/histories?page=1&per_page=60',
			'/admin/v2/orders/1275404514/histories?page=2&per_page=60',
		]);
		expect(items).toEqual([1, 2, 3].map((id) => ({ json: { id }, pairedItem: { item: 0 } })));
	});

	test('Get Items sends order_id as a query parameter and stops at the Limit', async () => {
		salla('get', '/orders/items?order_id=1275404514&page=1&per_page=2', 200, page([{ id: 365435777 }, { id: 365435778 }], 1, 3));
		const { items } = await run('getItems', { returnAll: false, limit: 2 });
		expect(received.map(({ path }) => path)).toEqual(['/admin/v2/orders/items?order_id=1275404514&page=1&per_page=2']);
		expect(items.map((item) => item.json.id)).toEqual([365435777, 365435778]);
	});
});

describe('Order → Get Invoice URL, Send Invoice', () => {
	test('Get Invoice URL posts to print-invoice and outputs the order ID with the URL', async () => {
		salla('post', '/orders/1275404514/print-invoice', 200, ok({ url: 'temp/adaisjdos/order-123123-invoice.pdf' }));
		const { items } = await run('getInvoiceUrl');
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/orders/1275404514/print-invoice');
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([{ json: { order_id: 1275404514, url: 'temp/adaisjdos/order-123123-invoice.pdf' }, pairedItem: { item: 0 } }]);
	});

	test('Send Invoice outputs what was done and Salla\'s message', async () => {
		salla('post', '/orders/1275404514/send-invoice', 200, ok({ message: 'تم ارسال رسالة الفاتورة بنجاح' }));
		const { items } = await run('sendInvoice');
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/orders/1275404514/send-invoice');
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([
			{ json: { order_id: 1275404514, sent: true, message: 'تم ارسال رسالة الفاتورة بنجاح' }, pairedItem: { item: 0 } },
		]);
	});
});
