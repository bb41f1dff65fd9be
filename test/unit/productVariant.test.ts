/**
 * Product Variant → Get Many, Get, Update, Update Quantity, and the variant picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectNotSent, requestedPaths } from '../helpers/fixtures';

const variant = (id: number, extra: Record<string, unknown> = {}) => ({
	id,
	price: { amount: 13.5, currency: 'SAR' },
	sale_price: { amount: 0, currency: 'SAR' },
	stock_quantity: 3000,
	barcode: 'barcode-ABC',
	sku: `sku-variant-${id}`,
	related_option_values: [667315336],
	weight: 3,
	weight_type: 'kg',
	...extra,
});

const byVariant = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'productVariant',
	operation,
	variant: { __rl: true, mode: 'id', value: '652911549' },
	...extra,
});

const requested = () => requestedPaths();

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product Variant → Get Many', () => {
	test('a product\'s variants, page by page, one item each', async () => {
		salla('get', '/products/207865447/variants?page=1&per_page=60', 200, {
			data: Array.from({ length: 60 }, (_, index) => variant(index + 1)),
			pagination: { count: 60, total: 61, perPage: 60, currentPage: 1, totalPages: 2, links: [] },
		});
		salla('get', '/products/207865447/variants?page=2&per_page=60', 200, {
			data: [variant(61)],
			pagination: { count: 1, total: 61, perPage: 60, currentPage: 2, totalPages: 2, links: [] },
		});

		const { items, error } = await runSalla({
			resource: 'productVariant',
			operation: 'getAll',
			product: { __rl: true, mode: 'id', value: '207865447' },
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(requested()).toEqual([
			'GET /admin/v2/products/207865447/variants?page=1&per_page=60',
			'GET /admin/v2/products/207865447/variants?page=2&per_page=60',
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toHaveLength(61);
		expect(items[60]).toEqual({ json: variant(61), pairedItem: { item: 0 } });
	});
});

describe('Product Variant → Get', () => {
	test('outputs Salla\'s variant', async () => {
		salla('get', '/products/variants/652911549', 200, { status: 200, success: true, data: variant(652911549) });

		const { items, error } = await runSalla(byVariant('get'));

		expect(error).toBeUndefined();
		expect(requested()).toEqual(['GET /admin/v2/products/variants/652911549']);
		expect(items).toEqual([{ json: variant(652911549), pairedItem: { item: 0 } }]);
	});

	test('an unknown variant: 404 NodeApiError', async () => {
		salla('get', '/products/variants/652911549', 404, { success: false, status: 404, error: { code: 404, message: 'The content you are trying to access is no longer available' } });
		const { error } = await runSalla(byVariant('get'));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
	});

	test('a bad variant ID sends nothing', async () => {
		const { error } = await runSalla(byVariant('get', { variant: { __rl: true, mode: 'id', value: '={{ "0" }}' } }));
		expect(error?.message).toBe('Variant: "0" is not a variant ID');
		expect(error?.description).toBe('Choose the variant from the list, or give its ID: a whole number such as 652911549.');
		expect(received).toEqual([]);
	});
});

describe('Product Variant → Update', () => {
	test('sends only the fields set, GTIN as text', async () => {
		salla('put', '/products/variants/652911549', 201, { status: 201, success: true, data: variant(652911549, { sku: 'NEW' }) });

		const { items, error } = await runSalla(
			byVariant('update', {
				updateFields: { sku: 'NEW', price: 15.5, sale_price: 12, stock_quantity: 40, gtin: '06281000000019', notify_low: 3, weight: 0.25 },
			}),
		);

		expect(error).toBeUndefined();
		expect(requested()).toEqual(['PUT /admin/v2/products/variants/652911549']);
		expect(received[0].body).toEqual({ sku: 'NEW', gtin: '06281000000019', price: 15.5, sale_price: 12, stock_quantity: 40, weight: 0.25, notify_low: 3 });
		expect(items).toEqual([{ json: variant(652911549, { sku: 'NEW' }), pairedItem: { item: 0 } }]);
	});

	test.each([
		[{}, 'Nothing to update'],
		[{ gtin: '123' }, 'GTIN: "123" is not a GTIN'],
		[{ stock_quantity: 1.5 }, 'Stock Quantity: "1.5" is not a whole number of at least 0'],
		[{ price: -2 }, 'Price: "-2" is not a number of at least 0'],
	])('%#: bad input sends nothing', async (updateFields, message) => {
		await expectNotSent(byVariant('update', { updateFields }), message);
	});
});

describe('Product Variant → Update Quantity', () => {
	test('sends {quantity} and outputs the variant', async () => {
		salla('put', '/products/quantities/variant/652911549', 201, { status: 201, success: true, data: variant(652911549, { stock_quantity: 13 }) });

		const { items, error } = await runSalla(byVariant('updateQuantity', { quantity: 13 }));

		expect(error).toBeUndefined();
		expect(requested()).toEqual(['PUT /admin/v2/products/quantities/variant/652911549']);
		expect(received[0].body).toEqual({ quantity: 13 });
		expect(items).toEqual([{ json: variant(652911549, { stock_quantity: 13 }), pairedItem: { item: 0 } }]);
	});

	test('a negative or fractional quantity sends nothing', async () => {
		const negative = await runSalla(byVariant('updateQuantity', { quantity: -1 }));
		const fraction = await runSalla(byVariant('updateQuantity', { quantity: '={{ "2.5" }}' }));
		expect(negative.error?.message).toBe('Quantity: "-1" is not a whole number of at least 0');
		expect(fraction.error?.message).toBe('Quantity: "2.5" is not a whole number of at least 0');
		expect(received).toEqual([]);
	});
});

describe('the variant picker', () => {
	const rows = {
		data: [
			{ id: 532443002, name: 'T-Shirt Blue 2', sku_id: null, sku: '250-SS', variant: null },
			{ id: 1730800454, name: 'SSD', sku_id: 442024243, sku: 'sam-ssd-128g', variant: '128G - black' },
			{ id: 1730800454, name: 'SSD', sku_id: 1948639292, sku: 'sam-ssd-256g', variant: '256G - gold' },
			{ id: 357354565, name: 'service', sku_id: 1141551363, sku: null, variant: 'Fast - red' },
		],
		pagination: { count: 4, total: 70, perPage: 60, currentPage: 1, totalPages: 2, links: {} },
	};

	test('lists only variants from Salla\'s stock list, with product, variant and SKU', async () => {
		salla('get', '/products/quantities?page=1&per_page=60', 200, rows);

		const { result } = await callMethod('listSearch', 'searchVariants', byVariant('get'));

		expect(requested()).toEqual(['GET /admin/v2/products/quantities?page=1&per_page=60']);
		expect(result).toEqual({
			results: [
				{ name: 'SSD · 128G - black (sam-ssd-128g)', value: '442024243' },
				{ name: 'SSD · 256G - gold (sam-ssd-256g)', value: '1948639292' },
				{ name: 'service · Fast - red', value: '1141551363' },
			],
			paginationToken: '2',
		});
	});

	test('filters the page on the text typed', async () => {
		salla('get', '/products/quantities?page=2&per_page=60', 200, { ...rows, pagination: { currentPage: 2, totalPages: 2 } });

		const { result } = await callMethod('listSearch', 'searchVariants', byVariant('get'), ['GOLD', '2']);

		expect(result).toEqual({ results: [{ name: 'SSD · 256G - gold (sam-ssd-256g)', value: '1948639292' }], paginationToken: undefined });
	});
});
