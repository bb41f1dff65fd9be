/**
 * Coupon → Create and Update: the exact body Salla receives, and every rule checked before sending.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectApiError, expectNotSent, invalidFields } from '../helpers/fixtures';
import { answer, couponBody, couponCreate as create } from '../helpers/coupon';

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Coupon → Create', () => {
	test('sends the required fields, with the maximum of a percentage coupon, and outputs the coupon', async () => {
		salla('post', '/coupons', 200, answer({ id: 1622617640, code: 'SUMMER10', type: 'percentage' }));

		const { items, error } = await runSalla(create());

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/coupons');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(received[0].body).toEqual(couponBody);
		expect(items).toEqual([{ json: { id: 1622617640, code: 'SUMMER10', type: 'percentage' }, pairedItem: { item: 0 } }]);
	});

	test('a fixed coupon sends no maximum, even when one is left in the parameters', async () => {
		salla('post', '/coupons', 200, answer({ id: 1 }));
		await runSalla(create({ code: 'خصم30', type: 'fixed', amount: 30, maximum_amount: 99, free_shipping: true }));
		expect(received[0].body).toEqual({
			code: 'خصم30',
			type: 'fixed',
			amount: 30,
			expiry_date: '2099-12-31',
			free_shipping: true,
			exclude_sale_products: true,
		});
	});

	test('additional fields are sent with Salla\'s names; IDs as text like Salla\'s examples', async () => {
		salla('post', '/coupons', 200, answer({ id: 2 }));

		await runSalla(
			create({
				additionalFields: {
					start_date: '2099-01-01T00:00:00',
					minimum_amount: 100,
					usage_limit: 10,
					usage_limit_per_user: 1,
					applied_in: 'web',
					status: 'inactive',
					is_apply_with_offer: true,
					products_include: [1626467363],
					products_exclude: '={{ "213592621, 213592622" }}',
					list_include_categories: ['676928739'],
					list_exclude_categories: [1585249762],
					list_exclude_brands: [1939592358],
					list_include_groups: [322729604],
					list_exclude_groups: [1830458757],
					list_exclude_shipping: [1345871747],
					payment_methods: ['mada', 'cod'],
				},
			}),
		);

		expect(received[0].body).toEqual({
			code: 'SUMMER10',
			type: 'percentage',
			amount: 10,
			maximum_amount: 50,
			minimum_amount: 100,
			start_date: '2099-01-01',
			expiry_date: '2099-12-31',
			usage_limit: 10,
			usage_limit_per_user: 1,
			applied_in: 'web',
			status: 'inactive',
			free_shipping: false,
			exclude_sale_products: true,
			is_apply_with_offer: true,
			products_include: ['1626467363'],
			products_exclude: ['213592621', '213592622'],
			list_include_categories: ['676928739'],
			list_exclude_categories: ['1585249762'],
			list_exclude_brands: ['1939592358'],
			list_include_groups: ['322729604'],
			list_exclude_groups: ['1830458757'],
			list_exclude_shipping: ['1345871747'],
			payment_methods: ['mada', 'cod'],
		});
	});

	test.each([
		['an empty code', { code: '  ' }, 'Code is empty'],
		['a code with a space', { code: 'SUMMER 10' }, 'Code: "SUMMER 10" may only hold letters and numbers'],
		['a code with a symbol', { code: 'SUMMER-10' }, 'Code: "SUMMER-10" may only hold letters and numbers'],
		['an unknown type', { type: '={{ "free" }}' }, 'Discount Type: "free" is not one of the choices'],
		['a percentage over 100', { amount: 150 }, 'Discount: 150% is more than 100%'],
		['a zero discount', { type: 'fixed', amount: 0 }, 'Discount must be more than 0'],
		['a discount with 3 decimals', { type: 'fixed', amount: 1.005 }, 'Discount: "1.005" has more than 2 decimals'],
		['a percentage without maximum', { maximum_amount: '={{ "" }}' }, 'Maximum Discount is empty'],
		['no expiry date', { expiry_date: '={{ "" }}' }, 'Expiry Date is empty'],
		['an expiry date that is not a date', { expiry_date: '={{ "soon" }}' }, 'Expiry Date: "soon" is not a date'],
		['an expiry date in the past', { expiry_date: '2020-01-01T00:00:00' }, 'Expiry Date (2020-01-01) is not after today'],
		[
			'an expiry date before the start date',
			{ additionalFields: { start_date: '2099-12-31T00:00:00' }, expiry_date: '2099-06-01T00:00:00' },
			'Expiry Date (2099-06-01) is not after Start Date (2099-12-31)',
		],
		['a usage limit of 0', { additionalFields: { usage_limit: 0 } }, 'Usage Limit: "0" is not a whole number of at least 1'],
		[
			'a per-customer limit above the total',
			{ additionalFields: { usage_limit: 2, usage_limit_per_user: 5 } },
			'Usage Limit per Customer (5) is more than Usage Limit (2)',
		],
		[
			'a product both included and excluded',
			{ additionalFields: { products_include: [5, 6], products_exclude: [6] } },
			'The product 6 is both included and excluded',
		],
		['an unknown payment method', { additionalFields: { payment_methods: '={{ "mada, cash" }}' } }, 'Payment Methods: "cash" is not one of the choices'],
		['a product ID that is not a number', { additionalFields: { products_include: '={{ "shirt" }}' } }, 'Included Products Names or IDs: "shirt" is not an ID'],
	])('%s: nothing is sent', async (_case, parameters, message) => {
		await expectNotSent(create(parameters), message);
	});

	test('Salla\'s 422 is mapped with its fields', async () => {
		salla('post', '/coupons', 422, invalidFields({ code: ['كود الكوبون مستخدم'] }));
		const { error } = await runSalla(create());
		expectApiError(error, '422', 'Salla rejected the data (422): code: كود الكوبون مستخدم');
	});
});

describe('Coupon → Update', () => {
	const update = (updateFields: Record<string, unknown>, coupon = byId('1622617640')) => ({
		resource: 'coupon',
		operation: 'update',
		coupon_id: coupon,
		updateFields,
	});

	test('sends only the fields set, to the picked coupon', async () => {
		salla('put', '/coupons/1622617640', 200, answer({ id: 1622617640, usage_limit: 20 }));

		const { items, error } = await runSalla(update({ usage_limit: 20, expiry_date: '2030-01-31T00:00:00', list_exclude_brands: [7] }));

		expect(error).toBeUndefined();
		expect(received[0].method).toBe('PUT');
		expect(received[0].path).toBe('/admin/v2/coupons/1622617640');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({ usage_limit: 20, expiry_date: '2030-01-31', list_exclude_brands: ['7'] });
		expect(items).toEqual([{ json: { id: 1622617640, usage_limit: 20 }, pairedItem: { item: 0 } }]);
	});

	test('a new type goes with its discount; switching flags off is sent as false', async () => {
		salla('put', '/coupons/5', 200, answer({ id: 5 }));
		await runSalla(update({ type: 'fixed', amount: 25, free_shipping: false, code: 'NEW25' }, byId('5')));
		expect(received[0].body).toEqual({ code: 'NEW25', type: 'fixed', amount: 25, free_shipping: false });
	});

	test.each([
		['nothing set', {}, 'Nothing to update'],
		['a new type without a discount', { type: 'fixed' }, 'Discount is empty'],
		['a percentage over 100', { type: 'percentage', amount: 101 }, 'Discount: 101% is more than 100%'],
		[
			'an expiry before the start',
			{ start_date: '2030-02-01T00:00:00', expiry_date: '2030-01-01T00:00:00' },
			'Expiry Date (2030-01-01) is not after Start Date (2030-02-01)',
		],
		['a code with spaces', { code: 'A B' }, 'Code: "A B" may only hold letters and numbers'],
	])('%s: nothing is sent', async (_case, fields, message) => {
		await expectNotSent(update(fields), message);
	});

	test('a deleted coupon is Salla\'s 404, mapped', async () => {
		salla('put', '/coupons/9', 404, { status: 404, success: false, error: { code: 404, message: 'not found' } });
		const { error } = await runSalla(update({ usage_limit: 3 }, byId('9')));
		expect(error?.httpCode).toBe('404');
	});
});
