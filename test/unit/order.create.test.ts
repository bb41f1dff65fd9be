/**
 * Order → Create: the exact body for each customer, payment and delivery combination, and every
 * conditional rule checked before anything is sent.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectApiError, invalidFields } from '../helpers/fixtures';
import { bankTransfer } from '../helpers/orders';
import order from '../fixtures/order.json';

// a Jeddah address as the panel takes it, and the body Salla gets for `create()`: shared with the e2e table
const { address, createSent } = order;

/** A paid, shipped order for an existing customer: the happy path every test varies. */
const create = (parameters: Record<string, unknown> = {}) => ({
	resource: 'order',
	operation: 'create',
	customerType: 'existing',
	customer: { __rl: true, mode: 'list', value: '447121768' },
	products: { product: [{ identifier_type: 'id', product: { __rl: true, mode: 'id', value: '892907448' }, quantity: 2 }] },
	payment_status: 'paid',
	payment_method: 'mada',
	delivery_method: 'shipping',
	courier_id: { __rl: true, mode: 'list', value: '1433878184' },
	ship_to: { address },
	...parameters,
});

const createdOrder = order.created;
const answer = { status: 200, success: true, data: createdOrder };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

/** Sends `create(parameters)` with Salla answering the created order; resolves with the body Salla received. */
const sentBody = async (parameters: Record<string, unknown>) => {
	salla('post', '/orders', 200, answer);
	await runSalla(create(parameters));
	return received[0].body;
};

describe('Order → Create: requests and output', () => {
	test('existing customer, paid by mada, shipped: the documented body; the output is the order', async () => {
		salla('post', '/orders', 200, answer);

		const { items, error } = await runSalla(create());

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/orders');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(received[0].body).toEqual(createSent);
		expect(items).toEqual([{ json: createdOrder, pairedItem: { item: 0 } }]);
	});

	test('new customer by mobile and name, pickup, pending payment, SKU product with options, coupon and receiver', async () => {
		const body = await sentBody({
			customerType: 'new',
			customer_mobile: '+966 56 666 6666',
			customer_name: ' Mohammed Ali ',
			customer_email: 'mohammed@example.com',
			products: {
				product: [
					{ identifier_type: 'sku', sku: 'sku123', quantity: '3', options: '1626535321: 96445177\n 1626535322 : Red, Large ' },
					{ identifier_type: 'id', product: { __rl: true, mode: 'list', value: '728473534' }, quantity: 1, options: '={{ [{ id: "55", value: "red" }] }}' },
				],
			},
			payment_status: 'pending_payment',
			accepted_methods: 'bank',
			delivery_method: 'pickup',
			branch_id: { __rl: true, mode: 'id', value: '203948803' },
			coupon_code: 'SUMMER10',
			receiver: { name: 'Sara', country_code: 'sa', phone: '966500000000', email: 'sara@example.com', notify: true },
		});

		expect(body).toEqual({
			customer: { mobile: '+966566666666', name: 'Mohammed Ali', email: 'mohammed@example.com' },
			receiver: { name: 'Sara', country_code: 'SA', phone: '966500000000', email: 'sara@example.com', notify: true },
			delivery_method: 'pickup',
			branch_id: 203948803,
			payment: { status: 'pending_payment', accepted_methods: 'bank' },
			products: [
				{
					identifier_type: 'sku',
					identifier: 'sku123',
					quantity: 3,
					options: [
						{ id: 1626535321, value: ['96445177'] },
						{ id: 1626535322, value: ['Red', 'Large'] },
					],
				},
				{ identifier_type: 'id', identifier: 728473534, quantity: 1, options: [{ id: 55, value: ['red'] }] },
			],
			coupon_code: 'SUMMER10',
		});
	});

	test('bank transfer sends the receipt and the bank ID; no delivery sends no delivery fields', async () => {
		const body = await sentBody({
			...bankTransfer,
			delivery_method: 'no_delivery',
		});

		expect(body).toEqual({
			customer: { id: 447121768 },
			payment: { status: 'paid', method: 'bank', receipt_image_path: 'https://example.com/receipt.jpg', reference_id: 234234 },
			products: [{ identifier_type: 'id', identifier: 892907448, quantity: 2 }],
		});
	});

	test('cash on delivery sends the amount and currency', async () => {
		salla('post', '/orders', 200, answer);
		await runSalla(create({ payment_method: 'cod', cod_amount: 150.5, cod_currency: 'sar', delivery_method: 'no_delivery' }));
		expect((received[0].body as Record<string, unknown>).payment).toEqual({
			status: 'paid',
			method: 'cod',
			cash_on_delivery: { amount: 150.5, currency: 'SAR' },
		});
	});

	test('values of fields the chosen options hide are never sent', async () => {
		const body = await sentBody({
			customerType: 'existing',
			customer_mobile: '+966566666666',
			customer_name: 'Left over',
			payment_status: 'pending_payment',
			accepted_methods: 'cod',
			payment_method: 'bank',
			receipt_image_path: 'https://example.com/old.jpg',
			cod_amount: 99,
			delivery_method: 'pickup',
			branch_id: { __rl: true, mode: 'id', value: '203948803' },
		});

		expect(body).toEqual({
			customer: { id: 447121768 },
			delivery_method: 'pickup',
			branch_id: 203948803,
			payment: { status: 'pending_payment', accepted_methods: 'cod' },
			products: [{ identifier_type: 'id', identifier: 892907448, quantity: 2 }],
		});
	});

	test('expressions are evaluated per item: 2 items make 2 orders, each with its own customer and SKU', async () => {
		salla('post', '/orders', 200, { status: 200, success: true, data: { id: 1 } });
		salla('post', '/orders', 200, { status: 200, success: true, data: { id: 2 } });

		const { items, error } = await runSalla(
			create({
				customerType: 'new',
				customer_mobile: '={{ $json.mobile }}',
				customer_name: '={{ $json.name }}',
				customer_email: '={{ $json.name }}@example.com',
				products: { product: [{ identifier_type: 'sku', sku: '={{ $json.sku }}', quantity: '={{ $json.qty }}' }] },
				delivery_method: 'no_delivery',
			}),
			{
				items: [
					{ mobile: '+966500000001', name: 'Sara', sku: 'A-1', qty: 1 },
					{ mobile: '+966500000002', name: 'Omar', sku: 'B-2', qty: '4' },
				],
			},
		);

		expect(error).toBeUndefined();
		expect(received.map((request) => request.body)).toEqual([
			{
				customer: { mobile: '+966500000001', name: 'Sara', email: 'Sara@example.com' },
				payment: { status: 'paid', method: 'mada' },
				products: [{ identifier_type: 'sku', identifier: 'A-1', quantity: 1 }],
			},
			{
				customer: { mobile: '+966500000002', name: 'Omar', email: 'Omar@example.com' },
				payment: { status: 'paid', method: 'mada' },
				products: [{ identifier_type: 'sku', identifier: 'B-2', quantity: 4 }],
			},
		]);
		expect(items).toEqual([
			{ json: { id: 1 }, pairedItem: { item: 0 } },
			{ json: { id: 2 }, pairedItem: { item: 1 } },
		]);
	});

	test('an error says how to fix it', async () => {
		const { error } = await runSalla(create({ payment_method: 'bank', receipt_image_path: '={{ "" }}' }));
		expect(error?.description).toBe(
			'Salla requires the bank transfer receipt when the payment method is Bank Transfer: give the image\'s URL.',
		);
	});

	test('a Salla 422 with fields becomes a NodeApiError naming them', async () => {
		salla('post', '/orders', 422, invalidFields({ 'payment.status': ['حقل حالة الدفع مطلوب'], products: ['المنتجات مطلوبة'] }));

		const { error } = await runSalla(create());

		expectApiError(error, '422', 'Salla rejected the data (422): payment.status: حقل حالة الدفع مطلوب; products: المنتجات مطلوبة');
		expect(error?.description).toBe(
			'Fix these fields and run the node again:\n- payment.status: حقل حالة الدفع مطلوب\n- products: المنتجات مطلوبة',
		);
		expect(received).toHaveLength(1);
	});
});

describe('Order → Create: every rule is checked before sending', () => {
	test.each<[string, Record<string, unknown>, string]>([
		['no customer (an expression giving nothing)', { customer: { __rl: true, mode: 'id', value: '={{ "" }}' } }, 'Customer is empty'],
		['new customer without mobile', { customerType: 'new', customer_mobile: '={{ "" }}', customer_name: 'Ali' }, 'Customer Mobile is empty'],
		['new customer without name', { customerType: 'new', customer_mobile: '+966566666666', customer_name: '={{ " " }}' }, 'Customer Name is empty'],
		['bad mobile', { customerType: 'new', customer_mobile: 'call me', customer_name: 'Ali' }, 'Customer Mobile: "call me" is not a mobile number'],
		['bad email', { customerType: 'new', customer_mobile: '0566666666', customer_name: 'Ali', customer_email: 'ali@' }, 'Customer Email: "ali@" is not an e-mail address'],
		['new customer without e-mail (Create\'s schema requires it)', { customerType: 'new', customer_mobile: '0566666666', customer_name: 'Ali' }, 'Customer Email is empty'],
		['no products', { products: {} }, 'Products is empty'],
		['product without ID', { products: { product: [{ identifier_type: 'id', quantity: 1 }] } }, 'Product 1: Product is empty'],
		['product without SKU', { products: { product: [{ identifier_type: 'sku', sku: ' ', quantity: 1 }] } }, 'Product 1: SKU is empty'],
		['quantity 0', { products: { product: [{ identifier_type: 'sku', sku: 'a', quantity: 0 }] } }, 'Product 1: Quantity: "0" is not a whole number of at least 1'],
		['bad options JSON', { products: { product: [{ identifier_type: 'sku', sku: 'a', quantity: 1, options: '[{id: 1' }] } }, 'Product 1: Options is not valid JSON'],
		['options line without a colon', { products: { product: [{ identifier_type: 'sku', sku: 'a', quantity: 1, options: '1626535321 96445177' }] } }, 'Product 1: Options: "1626535321 96445177" is not "option ID: value"'],
		['options with a bad option ID', { products: { product: [{ identifier_type: 'sku', sku: 'a', quantity: 1, options: 'colour: red' }] } }, 'Product 1: Options 1: Option ID: "colour" is not an ID'],
		['JSON options', { products: { product: [{ identifier_type: 'sku', sku: 'a', quantity: 1, options: '[{"id": 5}]' }] } }, 'Product 1: Options 1: value is empty'],
		['option without value', { products: { product: [{ identifier_type: 'sku', sku: 'a', quantity: 1, options: '5:' }] } }, 'Product 1: Options 1: value is empty'],
		['paid without method', { payment_method: '={{ "" }}', receipt_image_path: 'https://example.com/r.jpg' }, 'Payment Method is required when Payment Status is Paid'],
		['unknown method', { payment_method: 'paypal' }, 'Payment Method: "paypal" is not one of the choices'],
		['bank without receipt', { payment_method: 'bank', receipt_image_path: '={{ $json.missing }}' }, 'Receipt Image URL is empty'],
		['bank receipt not a URL', { payment_method: 'bank', receipt_image_path: 'receipt.jpg' }, 'Receipt Image URL: "receipt.jpg" is not a URL'],
		['cod without amount', { payment_method: 'cod', cod_amount: '' }, 'Cash on Delivery Amount is required when Payment Method is Cash on Delivery'],
		['cod bad currency', { payment_method: 'cod', cod_amount: 10, cod_currency: 'riyal' }, 'Cash on Delivery Currency: "RIYAL" is not a currency code'],
		['pending without accepted method', { payment_status: 'pending_payment', accepted_methods: '={{ "" }}' }, 'Accepted Payment Method is required when Payment Status is Pending Payment'],
		['pending with subscription', { payment_status: 'pending_payment', accepted_methods: 'subscription' }, 'Accepted Payment Method: "subscription" is not one of the choices'],
		['pickup without branch', { delivery_method: 'pickup', branch_id: { __rl: true, mode: 'id', value: '={{ $json.branch }}' } }, 'Branch is empty'],
		['shipping without courier', { courier_id: { __rl: true, mode: 'list', value: '={{ "" }}' } }, 'Shipping Company is empty'],
		['shipping without address', { ship_to: {} }, 'Ship To is required when Delivery Method is Shipping'],
		['address without city', { ship_to: { address: { ...address, city: '' } } }, 'Ship To: City is empty'],
		['address without building number', { ship_to: { address: { ...address, building_number: '' } } }, 'Ship To: Building Number is empty'],
		['address without short address', { ship_to: { address: { ...address, short_address: undefined } } }, 'Ship To: Short Address is empty'],
		['bad short address', { ship_to: { address: { ...address, short_address: 'RIYADH' } } }, 'Ship To: Short Address: "RIYADH" is not a short address'],
		['address without map location', { ship_to: { address: { ...address, lat: 0, lng: 0 } } }, 'Ship To: Latitude and Longitude are required'],
		['latitude out of range', { ship_to: { address: { ...address, lat: 124 } } }, 'Ship To: Latitude: "124" is not a number from -90 to 90'],
		['bad receiver country', { receiver: { country_code: 'KSA' } }, 'Receiver: Country Code: "KSA" is not a two-letter country code'],
	])('%s', async (_case, parameters, message) => {
		const { error, items } = await runSalla(create(parameters));
		expect(error?.message).toBe(message);
		expect(items).toEqual([]);
		expect(received).toEqual([]);
	});
});
