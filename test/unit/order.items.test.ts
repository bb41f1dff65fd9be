/**
 * Order → Add Item, Update Item, Delete Item (Salla's Order Items): the exact request, the output
 * items, the checks made before sending, Salla's errors, and the item picker.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value });
const orderItem = { id: 3155923424, name: 'Black T-Shirt', sku: 'TS-BLK', quantity: 2, currency: 'SAR' };
const itemsAnswer = { status: 200, success: true, data: [orderItem] };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Order → Add Item', () => {
	const add = (parameters: Record<string, unknown> = {}) => ({
		resource: 'order',
		operation: 'addItem',
		order: byId('837293123'),
		findBy: 'id',
		product: byId(207865447),
		quantity: 2,
		...parameters,
	});

	test('by product ID: POST /orders/items, one output item per order item Salla returns', async () => {
		salla('post', '/orders/items', 200, itemsAnswer);
		const { items, error } = await runSalla(add());
		expect(error).toBeUndefined();
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /admin/v2/orders/items']);
		expect(received[0].body).toEqual({ order_id: 837293123, identifier_type: 'id', identifier: 207865447, quantity: 2 });
		expect(items).toEqual([{ json: orderItem, pairedItem: { item: 0 } }]);
	});

	test('by SKU, with branch, price, cost, name, weight and options', async () => {
		salla('post', '/orders/items', 200, itemsAnswer);
		await runSalla(
			add({
				findBy: 'sku',
				sku: ' TS-BLK ',
				quantity: '3',
				itemFields: {
					branch_id: '12342',
					price: 100,
					cost_price: 80,
					name: 'Custom Product Name',
					weight: 150,
					weight_type: 'g',
					options: { option: [{ id: '789012', value: 'XL, Blue' }] },
				},
			}),
		);
		expect(received[0].body).toEqual({
			order_id: 837293123,
			identifier_type: 'sku',
			identifier: 'TS-BLK',
			quantity: 3,
			branch_id: 12342,
			price: 100,
			cost_price: 80,
			name: 'Custom Product Name',
			weight: 150,
			weight_type: 'g',
			options: [{ id: 789012, value: ['XL', 'Blue'] }],
		});
	});

	test.each([
		// By expression: n8n itself refuses a saved empty or malformed ID before the node runs.
		[{ order: byId('={{ "" }}') }, 'Order is empty'],
		[{ product: byId('={{ "abc" }}') }, 'Product: "abc" is not a product ID'],
		[{ findBy: 'sku', sku: '' }, 'SKU is empty'],
		[{ quantity: 0 }, 'Quantity: "0" is not a whole number of at least 1'],
		[{ quantity: '' }, 'Quantity is empty'],
		[{ itemFields: { price: 9.999 } }, 'Price: "9.999" has more than 2 decimals'],
		[{ itemFields: { branch_id: 'Riyadh' } }, 'Branch: "Riyadh" is not an ID'],
		[{ itemFields: { weight_type: 'ton' } }, 'Weight Unit: "ton" is not one of the choices'],
		[{ itemFields: { options: { option: [{ id: '', value: 'XL' }] } } }, 'Options: Option 1: Option ID is empty'],
		[{ itemFields: { options: { option: [{ id: '789012', value: ' ' }] } } }, 'Options: Option 1: Values is empty'],
	])('%j is refused before sending', async (parameters, message) => {
		const { error } = await runSalla(add(parameters));
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 becomes a NodeApiError', async () => {
		salla('post', '/orders/items', 422, {
			status: 422,
			success: false,
			error: { code: 'error', message: 'alert.invalid_fields', fields: { identifier: ['المنتج غير موجود'] } },
		});
		const { error } = await runSalla(add());
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): identifier: المنتج غير موجود');
	});
});

describe('Order → Update Item', () => {
	const update = (parameters: Record<string, unknown> = {}) => ({
		resource: 'order',
		operation: 'updateItem',
		item_id: byId(3155923424),
		...parameters,
	});

	test('PUT /orders/items/{item}: only the fields set', async () => {
		salla('put', '/orders/items/3155923424', 200, itemsAnswer);
		const { items } = await runSalla(
			update({ updateFields: { quantity: 2, price: 100, branch_id: 12342, weight: 0.2, weight_type: 'kg', options: { option: [{ id: 789012, value: 'value1' }] } } }),
		);
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['PUT /admin/v2/orders/items/3155923424']);
		expect(received[0].body).toEqual({ quantity: 2, price: 100, branch_id: 12342, weight: 0.2, weight_type: 'kg', options: [{ id: 789012, value: ['value1'] }] });
		expect(items).toEqual([{ json: orderItem, pairedItem: { item: 0 } }]);
	});

	test.each([
		[{}, 'Nothing to update'],
		[{ item_id: byId('={{ "" }}'), updateFields: { quantity: 1 } }, 'Item is empty'],
		[{ updateFields: { quantity: 1.5 } }, 'Quantity: "1.5" is not a whole number of at least 1'],
	])('%j is refused before sending', async (parameters, message) => {
		const { error } = await runSalla(update(parameters));
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});
});

describe('Order → Delete Item', () => {
	test('DELETE /orders/items/{item}: one item saying what was deleted', async () => {
		salla('delete', '/orders/items/3155923424', 200, {
			status: 202,
			success: true,
			data: { message: 'The Object has been removed successfully', code: 202 },
		});
		const { items } = await runSalla({ resource: 'order', operation: 'deleteItem', item_id: byId('3155923424') });
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['DELETE /admin/v2/orders/items/3155923424']);
		expect(items).toEqual([
			{ json: { item_id: 3155923424, deleted: true, message: 'The Object has been removed successfully' }, pairedItem: { item: 0 } },
		]);
	});

	test('Salla\'s 404 becomes a NodeApiError', async () => {
		salla('delete', '/orders/items/1', 404, { status: 404, success: false, error: { code: 404, message: 'المحتوى غير متوفر' } });
		const { error } = await runSalla({ resource: 'order', operation: 'deleteItem', item_id: byId(1) });
		expect(error?.name).toBe('NodeApiError');
	});
});

describe('the item picker', () => {
	test('lists the items of the order chosen above it, filtered on name or SKU', async () => {
		salla('get', '/orders/items?order_id=837293123&page=1&per_page=60', 200, {
			...itemsAnswer,
			data: [orderItem, { id: 3155923425, name: 'Gift Box', quantity: 1 }],
			pagination: { count: 2, total: 2, perPage: 60, currentPage: 1, totalPages: 1, links: {} },
		});
		const { result } = await callMethod('listSearch', 'searchOrderItems', { resource: 'order', operation: 'deleteItem', order: byId(837293123) }, ['ts-blk']);
		expect(result).toEqual({ results: [{ name: 'Black T-Shirt (TS-BLK) × 2', value: '3155923424' }], paginationToken: undefined });
	});

	test('without an order it lists nothing and asks Salla nothing', async () => {
		const { result } = await callMethod('listSearch', 'searchOrderItems', { resource: 'order', operation: 'deleteItem' });
		expect(result).toEqual({ results: [] });
		expect(received).toEqual([]);
	});
});
