/**
 * Product → Update Prices through Salla's bulk prices endpoint: one request per input item, each with
 * a one-element `products` array; Salla queues the change, so the output repeats what was sent.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const queued = {
	status: 201,
	success: true,
	data: { message: 'The details has been queued to update, it may take several minutes to finish the process.', code: 201 },
};

const prices = (parameters: Record<string, unknown>) => ({
	resource: 'product',
	operation: 'updatePrices',
	product: { __rl: true, mode: 'id', value: '784769282' },
	price: 500,
	...parameters,
});

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Update Prices', () => {
	test('price, cost, sale price and sale end of one product', async () => {
		salla('post', '/products/prices/bulkPrice', 201, queued);

		const { items, error } = await runSalla(
			prices({ additionalFields: { cost_price: 350, sale_price: 450, sale_end: '2026-07-30T00:00:00' } }),
		);

		expect(error).toBeUndefined();
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /admin/v2/products/prices/bulkPrice']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(received[0].body).toEqual({
			products: [{ id: 784769282, price: 500, cost_price: 350, sale_price: 450, sale_end: '2026-07-30' }],
		});
		expect(items).toEqual([
			{
				json: {
					id: 784769282,
					price: 500,
					cost_price: 350,
					sale_price: 450,
					sale_end: '2026-07-30',
					queued: true,
					message: 'The details has been queued to update, it may take several minutes to finish the process.',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('one request per item, from expressions', async () => {
		salla('post', '/products/prices/bulkPrice', 201, queued);
		salla('post', '/products/prices/bulkPrice', 201, queued);

		const { items, error } = await runSalla(
			prices({ product: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, price: '={{ $json.price }}' }),
			{ items: [{ id: 1, price: '10' }, { id: 2, price: 20.5 }] },
		);

		expect(error).toBeUndefined();
		expect(received.map(({ body }) => body)).toEqual([
			{ products: [{ id: 1, price: 10 }] },
			{ products: [{ id: 2, price: 20.5 }] },
		]);
		expect(items.map(({ json, pairedItem }) => [json.id, json.price, pairedItem])).toEqual([
			[1, 10, { item: 0 }],
			[2, 20.5, { item: 1 }],
		]);
	});

	test.each([
		['an empty price', { price: '={{ "" }}' }, 'Price is empty'],
		['a price with 3 decimals', { price: 9.999 }, 'Price: "9.999" has more than 2 decimals'],
		['a product that is not an ID', { product: { __rl: true, mode: 'id', value: '={{ "abc" }}' } }, 'Product: "abc" is not a product ID'],
		['a sale price above the price', { additionalFields: { sale_price: 600 } }, 'Sale Price (600) is not below Price (500)'],
		['a sale end without a sale price', { additionalFields: { sale_end: '2026-07-30' } }, 'Sale End Date is set without a Sale Price'],
		['a sale end that is not a date', { additionalFields: { sale_price: 1, sale_end: '={{ "soon" }}' } }, 'Sale End Date: "soon" is not a date'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => {
		const { items, error } = await runSalla(prices(parameters));
		expect(error?.message).toBe(message);
		expect(items).toEqual([]);
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 is a NodeApiError naming the field', async () => {
		salla('post', '/products/prices/bulkPrice', 422, {
			status: 422,
			success: false,
			error: { code: 'error', message: 'alert.invalid_fields', fields: { 'products.0.id': ['The selected products.0.id is invalid.'] } },
		});
		const { error } = await runSalla(prices({}));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): products.0.id: The selected products.0.id is invalid.');
	});
});
