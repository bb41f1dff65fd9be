/**
 * Product → Update Stock through Salla's bulk quantities endpoint (`identifer_type` / `identifer`,
 * Salla's spelling): one request per input item, each with a one-element `products` array.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectApiError, invalidFields } from '../helpers/fixtures';

const queued = {
	status: 201,
	success: true,
	data: { message: 'The details has been queued to update, it may take several minutes', code: 201 },
};

const stock = (parameters: Record<string, unknown>) => ({
	resource: 'product',
	operation: 'updateStock',
	quantity: 5,
	...parameters,
});

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Update Stock', () => {
	test('by product ID, Increase by default', async () => {
		salla('post', '/products/quantities/bulk', 201, queued);

		const { items, error } = await runSalla(stock({ identifer_type: 'id', product: { __rl: true, mode: 'id', value: '207865447' } }));

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/products/quantities/bulk');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({
			products: [{ identifer_type: 'id', identifer: 207865447, quantity: 5, mode: 'increment' }],
		});
		expect(items).toEqual([
			{
				json: {
					identifer_type: 'id',
					identifer: 207865447,
					quantity: 5,
					mode: 'increment',
					queued: true,
					message: 'The details has been queued to update, it may take several minutes',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('by variant ID, Decrease, with branch, reason and unlimited quantity', async () => {
		salla('post', '/products/quantities/bulk', 201, queued);

		await runSalla(
			stock({
				identifer_type: 'variant_id',
				variant: { __rl: true, mode: 'list', value: '652911549' },
				mode: 'decrement',
				quantity: 2,
				additionalFields: { branch: 1473353380, reason_id: '566146469', unlimited_quantity: false },
			}),
		);

		expect(received[0].body).toEqual({
			products: [
				{
					identifer_type: 'variant_id',
					identifer: 652911549,
					quantity: 2,
					mode: 'decrement',
					unlimited_quantity: false,
					branch: 1473353380,
					reason_id: 566146469,
				},
			],
		});
	});

	test('several items by SKU with Set: one request each, each output paired to its item', async () => {
		for (const sku of ['A-1', 'B-2', 'C-3']) {
			salla('post', '/products/quantities/bulk', 201, queued, {}, (body) => (body.products as Array<{ identifer: string }>)[0].identifer === sku);
		}

		const { items, error } = await runSalla(
			stock({ identifer_type: 'sku', sku: '={{ $json.sku }}', mode: 'overwrite', quantity: '={{ $json.qty }}' }),
			{ items: [{ sku: 'A-1', qty: 10 }, { sku: 'B-2', qty: '0' }, { sku: 'C-3', qty: 7 }] },
		);

		expect(error).toBeUndefined();
		expect(received).toHaveLength(3);
		expect(received.map((request) => request.body).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
			{ products: [{ identifer_type: 'sku', identifer: 'A-1', quantity: 10, mode: 'overwrite' }] },
			{ products: [{ identifer_type: 'sku', identifer: 'B-2', quantity: 0, mode: 'overwrite' }] },
			{ products: [{ identifer_type: 'sku', identifer: 'C-3', quantity: 7, mode: 'overwrite' }] },
		]);
		expect(items.map((item) => [item.json.identifer, item.json.quantity, item.json.queued, item.pairedItem])).toEqual([
			['A-1', 10, true, { item: 0 }],
			['B-2', 0, true, { item: 1 }],
			['C-3', 7, true, { item: 2 }],
		]);
	});

	test('with Continue On Fail, a bad item fails alone and the others are sent', async () => {
		salla('post', '/products/quantities/bulk', 201, queued);

		const { items } = await runSalla(stock({ identifer_type: 'sku', sku: '={{ $json.sku }}' }), {
			items: [{ sku: '' }, { sku: 'OK-1' }],
			continueOnFail: true,
		});

		expect(received).toHaveLength(1);
		expect(received[0].body).toEqual({ products: [{ identifer_type: 'sku', identifer: 'OK-1', quantity: 5, mode: 'increment' }] });
		expect(items[0].json.error).toBeDefined();
		expect(items[1].json).toMatchObject({ identifer: 'OK-1', queued: true });
	});

	test.each([
		[{ identifer_type: 'sku', sku: '={{ " " }}' }, 'SKU is empty', 'Give the SKU of the product or variant, such as 23-4324432.'],
		[{ identifer_type: 'id', product: { __rl: true, mode: 'id', value: '={{ "x1" }}' } }, 'Product: "x1" is not a product ID', undefined],
		[{ identifer_type: 'variant_id', variant: { __rl: true, mode: 'id', value: '={{ "" }}' } }, 'Variant is empty', 'Choose the variant from the list, or give its ID: a whole number such as 652911549.'],
		[{ identifer_type: '={{ "barcode" }}', sku: 'A', product: { __rl: true, mode: 'id', value: '1' }, variant: { __rl: true, mode: 'id', value: '2' } }, 'Identify By: "barcode" is not one of the choices', 'Identify By must be one of: id (Product ID), variant_id (Variant ID), sku (SKU).'],
		[{ identifer_type: 'sku', sku: 'A', quantity: -1 }, 'Quantity: "-1" is not a whole number of at least 0', undefined],
		[{ identifer_type: 'sku', sku: 'A', quantity: 1.5 }, 'Quantity: "1.5" is not a whole number of at least 0', undefined],
		[{ identifer_type: 'sku', sku: 'A', quantity: '={{ "" }}' }, 'Quantity is empty', undefined],
		[{ identifer_type: 'sku', sku: 'A', mode: '={{ "add" }}' }, 'Mode: "add" is not one of the choices', 'Mode must be one of: increment (Increase), decrement (Decrease), overwrite (Set).'],
		[{ identifer_type: 'sku', sku: 'A', additionalFields: { branch: '={{ "main" }}' } }, 'Branch: "main" is not an ID', undefined],
	])('%#: bad input sends nothing', async (parameters, message, description) => {
		const { error } = await runSalla(stock(parameters));
		expect(error?.message).toBe(message);
		if (description !== undefined) expect(error?.description).toBe(description);
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 names the field as Salla spells it', async () => {
		salla('post', '/products/quantities/bulk', 422, invalidFields({ 'products.0.identifer': ['The selected products.0.identifer is invalid.'] }));

		const { error } = await runSalla(stock({ identifer_type: 'sku', sku: 'NOPE' }));

		expectApiError(error, '422', 'Salla rejected the data (422): products.0.identifer: The selected products.0.identifer is invalid.');
	});

	test('the Reason dropdown lists Salla\'s quantity change reasons', async () => {
		salla('get', '/products/quantities/quantity-change-reason?page=1&per_page=60', 200, {
			data: [
				{ id: 566146469, name: 'تصحيح' },
				{ id: 1939592358, name: 'إعادة تخزين' },
			],
		});

		const { result } = await callMethod('loadOptions', 'getQuantityChangeReasons', stock({}));

		expect(result).toEqual([
			{ name: 'تصحيح', value: 566146469 },
			{ name: 'إعادة تخزين', value: 1939592358 },
		]);
	});
});
