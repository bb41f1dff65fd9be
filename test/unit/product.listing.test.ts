/**
 * Product → Create and Update: the dashboard's listing fields (status, SEO, sales channels, subtitle,
 * promotion, maximum per order, hide quantity, tags) and the type-specific fields (food calories,
 * donation amounts, group products, booking details), in Salla's names; bad input sends nothing.
 */
import { runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectRefused } from '../helpers/fixtures';

const create = (additionalFields: Record<string, unknown>, product_type = 'product') => ({
	resource: 'product',
	operation: 'create',
	name: 'T-Shirt Blue',
	price: 96.33,
	product_type,
	additionalFields,
});

const update = (updateFields: Record<string, unknown>) => ({
	resource: 'product',
	operation: 'update',
	findBy: 'id',
	product: { __rl: true, mode: 'id', value: '207865447' },
	updateFields,
});

const listing = {
	status: 'sale',
	metadata_title: ' Blue T-Shirt | Cotton Co ',
	metadata_description: 'Soft cotton',
	metadata_url: 'blue-t-shirt',
	maximum_quantity_per_order: 3,
	hide_quantity: true,
	channels: ['web', 'app'],
	subtitle: 'Organic cotton',
	promotion_title: 'Best seller',
	promotion_subtitle: 'Free shipping',
	tags: [2129257534, '2129257535'],
};

/** What Salla receives for `listing`: the title trimmed, the tags as numbers. */
const sentListing = { ...listing, metadata_title: 'Blue T-Shirt | Cotton Co', tags: [2129257534, 2129257535] };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Create: listing fields', () => {
	test('status, SEO, channels, subtitle, promotion, maximum per order, hide quantity and tags', async () => {
		salla('post', '/products', 201, { status: 201, success: true, data: { id: 1, name: 'T-Shirt Blue' } });

		const { items, error } = await runSalla(create(listing));

		expect(error).toBeUndefined();
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /admin/v2/products']);
		expect(received[0].body).toEqual({ name: 'T-Shirt Blue', price: 96.33, product_type: 'product', ...sentListing });
		expect(items).toEqual([{ json: { id: 1, name: 'T-Shirt Blue' }, pairedItem: { item: 0 } }]);
	});

	test('a group of products lists its products with their quantities', async () => {
		salla('post', '/products', 201, { data: { id: 2 } });
		await runSalla(
			create({ consisted_products: { product: [{ id: 207865447, quantity: 2 }, { id: '1616381492' }] } }, 'group_products'),
		);
		expect(received[0].body).toEqual({
			name: 'T-Shirt Blue',
			price: 96.33,
			product_type: 'group_products',
			consisted_products: [
				{ id: 207865447, quantity: 2 },
				{ id: 1616381492, quantity: 1 },
			],
		});
	});

	test('options with their values: Salla makes the variants and answers with them', async () => {
		const made = { id: 6, options: [{ id: 1130246629, name: 'Size', values: [{ id: 1, name: 'S' }, { id: 2, name: 'M' }] }], skus: [{ id: 652911549, related_option_values: [1] }, { id: 652911550, related_option_values: [2] }] };
		salla('post', '/products', 201, { status: 201, success: true, data: made });

		const { items } = await runSalla(
			create({ options: { option: [{ name: 'Size', values: 'S, M,', display_type: 'text', required: true }, { name: 'Colour', values: 'Blue', display_type: 'color', required: false }] } }),
		);

		expect(received[0].body).toEqual({
			name: 'T-Shirt Blue',
			price: 96.33,
			product_type: 'product',
			options: [
				{ name: 'Size', values: [{ name: 'S' }, { name: 'M' }], display_type: 'text', required: true },
				{ name: 'Colour', values: [{ name: 'Blue' }], display_type: 'color', required: false },
			],
		});
		expect(items).toEqual([{ json: made, pairedItem: { item: 0 } }]);
	});

	test('food calories, donation amounts and booking details as Salla names them', async () => {
		salla('post', '/products', 201, { data: { id: 3 } });
		salla('post', '/products', 201, { data: { id: 4 } });
		salla('post', '/products', 201, { data: { id: 5 } });
		const booking = { location: 'Riyadh', type: 'date_time', session_duration: 30, availabilities: [{ day: 'sunday', is_available: true, times: [{ from: '09:00', to: '17:00' }] }] };

		await runSalla(create({ calories: '250' }, 'food'));
		await runSalla(create({ min_amount_donating: 10, max_amount_donating: 500 }, 'donating'));
		await runSalla(create({ booking_details: JSON.stringify(booking) }, 'booking'));

		expect(received.map(({ body }) => body)).toEqual([
			{ name: 'T-Shirt Blue', price: 96.33, product_type: 'food', calories: '250' },
			{ name: 'T-Shirt Blue', price: 96.33, product_type: 'donating', min_amount_donating: 10, max_amount_donating: 500 },
			{ name: 'T-Shirt Blue', price: 96.33, product_type: 'booking', booking_details: booking },
		]);
	});

	test.each([
		['an option without values', create({ options: { option: [{ name: 'Size', values: ' , ' }] } }), 'Options (1): Values is empty'],
		['an option without a name', create({ options: { option: [{ values: 'S' }] } }), 'Options (1): Name is empty'],
		['products in group on a plain product', create({ consisted_products: { product: [{ id: 1 }] } }), 'Products in Group is set but Product Type is not Group of Products'],
		['a group product that is not an ID', create({ consisted_products: { product: [{ id: 'abc' }] } }, 'group_products'), 'Products in Group (1): Product: "abc" is not an ID'],
		['a status Salla does not know', create({ status: '={{ "deleted" }}' }), 'Status: "deleted" is not one of the choices'],
		['an unknown sales channel', create({ channels: '={{ ["web", "pos"] }}' }), 'Sales Channels: "pos" is not a sales channel'],
		['a maximum per order of 0', create({ maximum_quantity_per_order: 0 }), 'Maximum Quantity Per Order: "0" is not a whole number of at least 1'],
		['a tag that is not an ID', create({ tags: '={{ ["sale"] }}' }), 'Tags: "sale" is not an ID'],
		['donation amounts upside down', create({ min_amount_donating: 50, max_amount_donating: 5 }, 'donating'), 'Minimum Donation (50) is above Maximum Donation (5)'],
		['booking details that are not JSON', create({ booking_details: '{type: date}' }, 'booking'), 'Booking Details (JSON) is not a JSON object'],
		['booking details that are a list', create({ booking_details: '[]' }, 'booking'), 'Booking Details (JSON) is not a JSON object'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => expectRefused(parameters, message));
});

describe('Product → Update: listing fields', () => {
	test('sends the listing fields set, and nothing else', async () => {
		salla('put', '/products/207865447', 201, { status: 201, success: true, data: { id: 207865447 } });

		const { items, error } = await runSalla(update(listing));

		expect(error).toBeUndefined();
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['PUT /admin/v2/products/207865447']);
		expect(received[0].body).toEqual(sentListing);
		expect(items).toEqual([{ json: { id: 207865447 }, pairedItem: { item: 0 } }]);
	});

	test('hide quantity off and an empty booking object: false is sent, {} is not', async () => {
		salla('put', '/products/207865447', 201, { data: { id: 207865447 } });
		await runSalla(update({ hide_quantity: false, booking_details: '{}' }));
		expect(received[0].body).toEqual({ hide_quantity: false });
	});

	test('Hide Quantity from an expression that is not true or false sends nothing', async () => {
		const { error } = await runSalla(update({ hide_quantity: '={{ "yes" }}' }));
		expect(error?.message).toBe('Hide Quantity: "yes" is not true or false');
		expect(received).toEqual([]);
	});

	test('Hide Quantity from an expression giving the text "true" (a CSV column) is sent as true', async () => {
		salla('put', '/products/207865447', 201, { data: { id: 207865447 } });
		await runSalla(update({ hide_quantity: '={{ "true" }}' }));
		expect(received[0].body).toEqual({ hide_quantity: true });
	});
});
