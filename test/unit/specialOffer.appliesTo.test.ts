/**
 * Special Offer → Create and Update: what a percentage or fixed-amount offer applies to. An offer on
 * payment methods names them (`buy.payment_methods`, the IDs of Salla's Available Payment Methods, as
 * Salla's Update example sends them); an offer on products, categories or payment methods without
 * them is stopped before anything is sent.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { answer, byId } from '../helpers/fixtures';
import payment from '../fixtures/payment.json';


const offer = (parameters: Record<string, unknown>) => ({
	resource: 'specialOffer',
	operation: 'create',
	name: 'Mada week',
	applied_channel: 'browser_and_application',
	offer_type: 'percentage',
	expiry_date: '2099-12-31T00:00:00',
	get: { discount_amount: 10 },
	...parameters,
});

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('an offer on payment methods names them', () => {
	test('Create sends buy.payment_methods as the methods\' IDs', async () => {
		salla('post', '/specialoffers', 200, answer({ id: 1935541690 }));
		const { error } = await runSalla(offer({ applied_to: 'paymentMethod', buy: { payment_methods: [1298199463, '349994915'] } }));
		expect(error).toBeUndefined();
		expect(received.map((request) => [request.method, request.path, request.body])).toEqual([
			[
				'POST',
				'/admin/v2/specialoffers',
				{
					name: 'Mada week',
					applied_channel: 'browser_and_application',
					offer_type: 'percentage',
					applied_to: 'paymentMethod',
					expiry_date: '2099-12-31',
					buy: { payment_methods: [1298199463, 349994915] },
					get: { discount_amount: 10 },
				},
			],
		]);
	});

	test('Update sends them too (a fixed amount, methods from an expression as text)', async () => {
		salla('put', '/specialoffers/1935541690', 200, answer({ id: 1935541690 }));
		const { error } = await runSalla(
			offer({
				operation: 'update',
				specialoffer: byId('1935541690'),
				offer_type: 'fixed_amount',
				applied_to: 'paymentMethod',
				buy: { payment_methods: '={{ "1473353380, 1298199463" }}' },
				get: { discount_amount: 25 },
			}),
		);
		expect(error).toBeUndefined();
		expect(received[0].path).toBe('/admin/v2/specialoffers/1935541690');
		expect((received[0].body as Record<string, unknown>).buy).toEqual({ payment_methods: [1473353380, 1298199463] });
	});

	test('the dropdown lists Salla\'s Available Payment Methods by ID', async () => {
		salla('get', '/payment/methods?page=1&per_page=60', 200, {
			status: 200,
			success: true,
			data: payment.methods,
		});
		const { result } = await callMethod('loadOptions', 'getPaymentMethodIds', { resource: 'specialOffer', operation: 'create' });
		expect(result).toEqual([
			{ name: 'creditCard', value: 1473353380, description: 'Slug: credit_card' },
			{ name: 'mada', value: 1298199463, description: 'Slug: mada' },
		]);
	});
});

describe('a percentage or fixed-amount offer needs what it applies to', () => {
	test.each([
		['percentage', 'product', 'Customer Buys: Product Names or IDs is empty', 'An offer on products needs to know which ones: choose at least one product.'],
		['fixed_amount', 'category', 'Customer Buys: Category Names or IDs is empty', 'An offer on categories needs to know which ones: choose at least one category.'],
		['percentage', 'paymentMethod', 'Customer Buys: Payment Method Names or IDs is empty', 'An offer on payment methods needs to know which ones: choose at least one payment method.'],
	])('a %s offer on %s without them sends nothing', async (offerType, appliedTo, message, description) => {
		const { error } = await runSalla(offer({ offer_type: offerType, applied_to: appliedTo, buy: {} }));
		expect(error?.message).toBe(message);
		expect(error?.description).toBe(description);
		expect(received).toEqual([]);
	});

	test('on products, the products are sent; on the order, nothing is asked for', async () => {
		salla('post', '/specialoffers', 200, answer({ id: 1 }));
		salla('post', '/specialoffers', 200, answer({ id: 2 }));
		await runSalla(offer({ applied_to: 'product', buy: { products: [401511871] } }));
		await runSalla(offer({ applied_to: 'order', buy: {} }));
		expect(received.map((request) => (request.body as Record<string, unknown>).buy)).toEqual([{ products: [401511871] }, undefined]);
	});

	test('a payment method ID that is not a number sends nothing', async () => {
		const { error } = await runSalla(offer({ applied_to: 'paymentMethod', buy: { payment_methods: '={{ "mada" }}' } }));
		expect(error?.message).toBe('Customer Buys: Payment Method Names or IDs: "mada" is not an ID');
		expect(received).toEqual([]);
	});
});
