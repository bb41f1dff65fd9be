/**
 * Product Option Value → Create (on an option), Get, Update, Delete, and the Value picker (read from
 * the chosen option's details).
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectRefused, requestedPaths } from '../helpers/fixtures';

const value = { id: 322122678, name: 'XL', price: { amount: 21, currency: 'SAR' }, display_value: 'XL', option_id: 1130246629 };
const option = { id: 1130246629, name: 'Size', type: 'radio', values: [value, { id: 7, name: 'S' }], skus: [{ id: 652911549, related_option_values: [322122678] }] };


beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product Option Value → Create', () => {
	const create = (parameters: Record<string, unknown>) => ({
		resource: 'productOptionValue',
		operation: 'create',
		option: byId('1130246629'),
		name: 'XL',
		...parameters,
	});

	test('adds the value to the option and outputs the option Salla returns', async () => {
		salla('post', '/products/options/1130246629', 201, { status: 201, success: true, data: option });

		const { items, error } = await runSalla(create({ additionalFields: { price: 21, quantity: 5, display_value: 'XL', is_default: false } }));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['POST /admin/v2/products/options/1130246629']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({ name: 'XL', price: 21, quantity: 5, display_value: 'XL', is_default: false });
		expect(items).toEqual([{ json: option, pairedItem: { item: 0 } }]);
	});

	test.each([
		['an empty name', create({ name: '={{ "" }}' }), 'Name is empty'],
		['a negative quantity', create({ additionalFields: { quantity: -1 } }), 'Quantity: "-1" is not a whole number of at least 0'],
		['an option that is not an ID', create({ option: byId('={{ "size" }}') }), 'Option: "size" is not a product option ID'],
		['Default from an expression that is not true or false', create({ additionalFields: { is_default: '={{ "yes" }}' } }), 'Default: "yes" is not true or false'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => expectRefused(parameters, message));

	test('Salla\'s 422 is a NodeApiError naming the field', async () => {
		salla('post', '/products/options/1130246629', 422, {
			status: 422,
			success: false,
			error: { code: 'validation_failed', message: 'Validation failed', fields: { name: ['The name has already been taken.'] } },
		});
		const { error } = await runSalla(create({}));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): name: The name has already been taken.');
	});
});

describe('Product Option Value → Get, Update, Delete', () => {
	test('Get outputs the value', async () => {
		salla('get', '/products/options/values/322122678', 200, { status: 200, success: true, data: value });
		const { items } = await runSalla({ resource: 'productOptionValue', operation: 'get', value: byId('322122678') });
		expect(requestedPaths()).toEqual(['GET /admin/v2/products/options/values/322122678']);
		expect(items).toEqual([{ json: value, pairedItem: { item: 0 } }]);
	});

	test('Update sends only what is set', async () => {
		salla('put', '/products/options/values/322122678', 201, { status: 201, success: true, data: { ...value, name: 'XXL' } });
		const { items } = await runSalla({
			resource: 'productOptionValue',
			operation: 'update',
			value: byId('322122678'),
			updateFields: { name: ' XXL ', price: 0, quantity: 12 },
		});
		expect(requestedPaths()).toEqual(['PUT /admin/v2/products/options/values/322122678']);
		expect(received[0].body).toEqual({ name: 'XXL', price: 0, quantity: 12 });
		expect(items).toEqual([{ json: { ...value, name: 'XXL' }, pairedItem: { item: 0 } }]);
	});

	test('Update with nothing set sends nothing', async () => {
		const { error } = await runSalla({ resource: 'productOptionValue', operation: 'update', value: byId('322122678'), updateFields: {} });
		expect(error?.message).toBe('Nothing to update');
		expect(received).toEqual([]);
	});

	test('Delete says what was deleted', async () => {
		salla('delete', '/products/options/values/322122678', 202, { status: 202, success: true, data: { message: 'The Object has been removed successfully', code: 202 } });
		const { items } = await runSalla({ resource: 'productOptionValue', operation: 'delete', value: byId('322122678') });
		expect(requestedPaths()).toEqual(['DELETE /admin/v2/products/options/values/322122678']);
		expect(items).toEqual([{ json: { id: 322122678, deleted: true, message: 'The Object has been removed successfully' }, pairedItem: { item: 0 } }]);
	});

	test('a bad value ID sends nothing', async () => {
		const { error } = await runSalla({ resource: 'productOptionValue', operation: 'get', value: byId('={{ "XL" }}') });
		expect(error?.message).toBe('Value: "XL" is not an option value ID');
		expect(received).toEqual([]);
	});
});

describe('Value picker', () => {
	test('lists the chosen option\'s values', async () => {
		salla('get', '/products/options/1130246629', 200, { data: option });
		const { result } = await callMethod('listSearch', 'searchProductOptionValues', { resource: 'productOptionValue', operation: 'get', option: byId('1130246629') });
		expect(requestedPaths()).toEqual(['GET /admin/v2/products/options/1130246629']);
		expect(result).toEqual({ results: [{ name: 'XL', value: '322122678' }, { name: 'S', value: '7' }] });
	});

	test('without an option it asks for one and sends nothing', async () => {
		await expect(callMethod('listSearch', 'searchProductOptionValues', { resource: 'productOptionValue', operation: 'get' })).rejects.toMatchObject({
			message: 'Choose the Option first to list its values',
		});
		expect(received).toEqual([]);
	});
});
