/**
 * Product → Create: the body Salla receives, and every rule checked before sending.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectApiError, invalidFields } from '../helpers/fixtures';

const create = (additionalFields: Record<string, unknown> = {}, parameters: Record<string, unknown> = {}) => ({
	resource: 'product',
	operation: 'create',
	name: 'T-Shirt Blue',
	price: 96.33,
	product_type: 'product',
	additionalFields,
	...parameters,
});

const created = (id: number, extra: Record<string, unknown> = {}) => ({
	status: 201,
	success: true,
	data: { id, name: 'T-Shirt Blue', type: 'product', price: { amount: 96.33, currency: 'SAR' }, quantity: 4, status: 'hidden', cost_price: '35.00', ...extra },
});

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Create: requests and output', () => {
	test('the required fields only', async () => {
		salla('post', '/products', 201, created(207865447));

		const { items, error } = await runSalla(create());

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/products');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(received[0].body).toEqual({ name: 'T-Shirt Blue', price: 96.33, product_type: 'product' });
		expect(items).toEqual([{ json: created(207865447).data, pairedItem: { item: 0 } }]);
	});

	test('every additional field, in Salla\'s names and types', async () => {
		/** Fields sent as given. */
		const asGiven = {
			mpn: '45344432343',
			gtin: '58636897',
			description: '<p>Soft cotton</p>',
			brand_id: 1097509908,
			sale_price: 43,
		};
		const shipping = { cost_price: 35, weight: 0.5, weight_type: 'kg', require_shipping: false, with_tax: false, tax_reason_code: 'VATEX-SA-32' };
		salla('post', '/products', 201, created(1));

		await runSalla(
			create({
				quantity: 4,
				sku: ' 23-4324432 ',
				...asGiven,
				categories: [1032561074, '256950451'],
				sale_start: '2026-07-01T00:00:00',
				sale_end: '2026-08-13T00:00:00',
				...shipping,
				images: ['https://cdn.example.com/a.jpg', 'https://cdn.example.com/b.png'],
			}),
		);

		expect(received[0].body).toEqual({
			name: 'T-Shirt Blue',
			price: 96.33,
			product_type: 'product',
			quantity: 4,
			sku: '23-4324432',
			...asGiven,
			categories: [1032561074, 256950451],
			sale_start: '2026-07-01',
			sale_end: '2026-08-13',
			...shipping,
			images: [{ original: 'https://cdn.example.com/a.jpg' }, { original: 'https://cdn.example.com/b.png' }],
		});
	});

	test('unlimited quantity, a 13-digit GTIN and numbers given as text by expressions', async () => {
		salla('post', '/products', 201, created(2));

		await runSalla(
			create(
				{ unlimited_quantity: true, gtin: '={{ "6281000000019" }}', with_tax: true, categories: '={{ "1, 2" }}' },
				{ price: '={{ "120.5" }}', product_type: 'digital' },
			),
		);

		expect(received[0].body).toEqual({
			name: 'T-Shirt Blue',
			price: 120.5,
			product_type: 'digital',
			unlimited_quantity: true,
			gtin: '6281000000019',
			with_tax: true,
			categories: [1, 2],
		});
	});

	test('each item creates its own product, outputs paired', async () => {
		salla('post', '/products', 201, created(11, { name: 'A' }), {}, (body) => body.name === 'A');
		salla('post', '/products', 201, created(12, { name: 'B' }), {}, (body) => body.name === 'B');

		const { items } = await runSalla(create({}, { name: '={{ $json.name }}' }), { items: [{ name: 'A' }, { name: 'B' }] });

		expect(items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[11, { item: 0 }],
			[12, { item: 1 }],
		]);
	});

	test('Salla\'s 422 (SKU taken) is a NodeApiError listing the field', async () => {
		salla('post', '/products', 422, invalidFields({ sku: ['The sku has already been taken.'] }));

		const { error } = await runSalla(create({ sku: 'TAKEN' }));

		expectApiError(error, '422', 'Salla rejected the data (422): sku: The sku has already been taken.');
	});
});

describe('Product → Create: rules checked before sending', () => {
	test.each([
		[create({}, { name: '={{ "  " }}' }), 'Name is empty', 'Give the product a name, for example "T-Shirt Blue".'],
		[create({}, { price: '={{ "" }}' }), 'Price is empty', 'Give the product\'s price in the store currency, for example 96.5.'],
		[create({}, { price: -1 }), 'Price: "-1" is not a number of at least 0', 'Give Price as a number of at least 0, using digits only.'],
		[create({}, { price: 10.555 }), 'Price: "10.555" has more than 2 decimals', 'Give Price in the store currency with at most 2 decimals, for example 99.95.'],
		[
			create({}, { product_type: '={{ "ticket" }}' }),
			'Product Type: "ticket" is not one of the choices',
			'Product Type must be one of: product (Product), service (Service), group_products (Group of Products), codes (Digital Codes), digital (Digital Product), food (Food), booking (Booking), donating (Donation).',
		],
		[create({ gtin: '1234567' }), 'GTIN: "1234567" is not a GTIN', 'A GTIN (barcode) is 8, 12, 13 or 14 digits, such as 58636897; no spaces or dashes.'],
		[create({ gtin: '123456789' }), 'GTIN: "123456789" is not a GTIN', undefined],
		[create({ gtin: '12345678901' }), 'GTIN: "12345678901" is not a GTIN', undefined],
		[create({ gtin: '123456789012345' }), 'GTIN: "123456789012345" is not a GTIN', undefined],
		[create({ gtin: '5863-6897' }), 'GTIN: "5863-6897" is not a GTIN', undefined],
		[
			create({ quantity: 5, unlimited_quantity: true }),
			'Quantity and Unlimited Quantity are both set',
			'Set either a Quantity (units in stock) or turn Unlimited Quantity on, not both.',
		],
		[create({ quantity: 2.5 }), 'Quantity: "2.5" is not a whole number of at least 0', undefined],
		[
			create({ with_tax: false }),
			'Tax Reason Code is required when Taxable is off',
			'Add Tax Reason Code: the ZATCA reason the product is not taxed, such as VATEX-SA-32 (export of goods).',
		],
		[
			create({ tax_reason_code: 'VATEX-SA-35' }),
			'Tax Reason Code is set but Taxable is not off',
			'Add Taxable and turn it off, or remove Tax Reason Code: Salla takes a reason only for products without VAT.',
		],
		[create({ with_tax: false, tax_reason_code: '={{ "VATEX-SA-99" }}' }), 'Tax Reason Code: "VATEX-SA-99" is not one of the choices', undefined],
		[
			create({ sale_start: '2026-09-01T00:00:00', sale_end: '2026-08-01T00:00:00' }),
			'Sale Start Date (2026-09-01) is after Sale End Date (2026-08-01)',
			'Swap the two dates so that the sale runs forward.',
		],
		[create({ sale_end: '={{ "next week" }}' }), 'Sale End Date: "next week" is not a date', undefined],
		[create({ sale_price: -3 }), 'Sale Price: "-3" is not a number of at least 0', undefined],
		[create({ weight_type: '={{ "ton" }}' }), 'Weight Unit: "ton" is not one of the choices', undefined],
		[create({ categories: '={{ "1, shoes" }}' }), 'Categories: "shoes" is not an ID', 'Categories takes whole numbers, such as 1032561074, as a list or separated by commas.'],
		[create({ brand_id: '={{ "Nike" }}' }), 'Brand: "Nike" is not an ID', undefined],
		[
			create({ images: ['https://cdn.example.com/a.jpg', 'ftp://example.com/b.jpg'] }),
			'Image URLs (2): "ftp://example.com/b.jpg" is not a web address',
			'Give Image URLs (2) as a full address starting with https://, such as https://example.com/photo.jpg.',
		],
		[create({ images: ['t-shirt.jpg'] }), 'Image URLs (1): "t-shirt.jpg" is not a web address', undefined],
	])('%#: stopped with a clear message, nothing sent', async (parameters, message, description) => {
		const { error } = await runSalla(parameters);
		expect(error?.message).toBe(message);
		if (description !== undefined) expect(error?.description).toBe(description);
		expect(received).toEqual([]);
	});

	test('the GTIN lengths Salla accepts pass: 8, 12, 13 and 14 digits', async () => {
		for (const gtin of ['12345678', '123456789012', '1234567890123', '12345678901234']) {
			salla('post', '/products', 201, created(1));
			const { error } = await runSalla(create({ gtin }));
			expect(error).toBeUndefined();
		}
		expect(received.map((request) => (request.body as { gtin: string }).gtin)).toEqual([
			'12345678',
			'123456789012',
			'1234567890123',
			'12345678901234',
		]);
	});
});

describe('Product → Create: dropdowns loaded from the store', () => {
	test('categories and brands', async () => {
		salla('get', '/categories?page=1&per_page=60', 200, {
			data: [{ id: 1032561074, name: 'Shirts' }],
			pagination: { currentPage: 1, totalPages: 1 },
		});
		salla('get', '/brands?page=1&per_page=60', 200, { data: [{ id: 1097509908, name: 'Cotton Co' }], pagination: { currentPage: 1, totalPages: 1 } });

		const categories = await callMethod('loadOptions', 'getCategories', create());
		const brands = await callMethod('loadOptions', 'getBrands', create());

		expect(categories.result).toEqual([{ name: 'Shirts', value: 1032561074 }]);
		expect(brands.result).toEqual([{ name: 'Cotton Co', value: 1097509908 }]);
	});
});
