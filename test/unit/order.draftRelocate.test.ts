/** Order → Create Draft and Relocate Stock: the exact request, the output, the checks before sending. */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value });
const paths = () => received.map(({ method, path }) => `${method} ${path}`);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Order → Create Draft', () => {
	test('POST /orders/draft without a body; the draft\'s id and order number out', async () => {
		salla('post', '/orders/draft', 200, { status: 200, success: true, data: { id: 23761823281, reference_id: 1527192 } });
		const { items, error } = await runSalla({ resource: 'order', operation: 'createDraft' });
		expect(error).toBeUndefined();
		expect(paths()).toEqual(['POST /admin/v2/orders/draft']);
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([{ json: { id: 23761823281, reference_id: 1527192 }, pairedItem: { item: 0 } }]);
	});

	test('Salla\'s 401 becomes a NodeApiError', async () => {
		salla('post', '/orders/draft', 401, {
			status: 401,
			success: false,
			error: { code: 'Unauthorized', message: 'The access token should have access to one of those scopes: orders.read_write' },
		});
		const { error } = await runSalla({ resource: 'order', operation: 'createDraft' });
		expect(error?.name).toBe('NodeApiError');
	});
});

describe('Order → Relocate Stock', () => {
	const relocate = (parameters: Record<string, unknown> = {}) => ({
		resource: 'order',
		operation: 'relocateStock',
		order: byId(3155923424),
		source: 1923546554,
		destination: '495787195',
		...parameters,
	});
	const moved = { status: 200, success: true, data: { message: 'تم نقل المخزون بنجاح.' } };

	test('the whole order: source and destination only', async () => {
		salla('post', '/orders/3155923424/inventory/relocate', 200, moved);
		const { items } = await runSalla(relocate());
		expect(paths()).toEqual(['POST /admin/v2/orders/3155923424/inventory/relocate']);
		expect(received[0].body).toEqual({ source: 1923546554, destination: 495787195 });
		expect(items).toEqual([
			{
				json: { order_id: 3155923424, source: 1923546554, destination: 495787195, relocated: true, message: 'تم نقل المخزون بنجاح.' },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('some items with their quantities', async () => {
		salla('post', '/orders/3155923424/inventory/relocate', 200, moved);
		await runSalla(relocate({ items: { item: [{ id: '123413414', quantity: 2 }] } }));
		expect(received[0].body).toEqual({ source: 1923546554, destination: 495787195, items: [{ id: 123413414, quantity: 2 }] });
	});

	test.each([
		[{ source: '={{ "" }}' }, 'From Branch is empty'],
		[{ destination: 1923546554 }, 'From Branch and To Branch are the same branch'],
		[{ items: { item: [{ id: '', quantity: 1 }] } }, 'Items: Item 1: Item is empty'],
		[{ items: { item: [{ id: 1, quantity: 0 }] } }, 'Items: Item 1: Quantity: "0" is not a whole number of at least 1'],
	])('%j is refused before sending', async (parameters, message) => {
		const { error } = await runSalla(relocate(parameters));
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});

	test('Salla\'s 403 (multiple shipments off) becomes a NodeApiError', async () => {
		salla('post', '/orders/3155923424/inventory/relocate', 403, {
			status: 403,
			success: false,
			error: { code: 'error', message: 'نقل عناصر المخزون بشكل منفصل غير مسموح به عندما تكون ميزة الشحنات المتعددة غير مفعله.' },
		});
		const { error } = await runSalla(relocate({ items: { item: [{ id: 1, quantity: 1 }] } }));
		expect(error?.name).toBe('NodeApiError');
	});

	test('the Item dropdown lists the items of the order above', async () => {
		salla('get', '/orders/items?order_id=3155923424&page=1&per_page=60', 200, {
			status: 200,
			success: true,
			data: [{ id: 123413414, name: 'Black T-Shirt', sku: 'TS-BLK', quantity: 2 }],
			pagination: { count: 1, total: 1, perPage: 60, currentPage: 1, totalPages: 1, links: {} },
		});
		const { result } = await callMethod('loadOptions', 'getOrderItems', { resource: 'order', operation: 'relocateStock', order: byId(3155923424) });
		expect(result).toEqual([{ name: 'Black T-Shirt (TS-BLK) × 2', value: 123413414 }]);
	});
});
