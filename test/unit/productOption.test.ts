/**
 * Product Option → Create (with values), Get, Update, Delete, and the Option picker (read from the
 * chosen product's details). Salla answers with the option, its values and the variants it made.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectRefused, requestedPaths } from '../helpers/fixtures';

const option = {
	id: 1130246629,
	name: 'Size',
	type: 'radio',
	required: true,
	display_type: 'text',
	visibility: 'always',
	values: [{ id: 322122678, name: 'XL', price: { amount: 10, currency: 'SAR' }, option_id: 1130246629 }],
	skus: [{ id: 652911549, price: { amount: 150, currency: 'SAR' }, stock_quantity: 3, sku: 'TS-XL', related_option_values: [322122678] }],
};


const create = (parameters: Record<string, unknown>) => ({
	resource: 'productOption',
	operation: 'create',
	product: byId('207865447'),
	name: 'Size',
	type: 'radio',
	values: { value: [{ name: 'L' }, { name: 'XL', price: 10, is_default: true }] },
	...parameters,
});

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product Option → Create', () => {
	test('name, type and values on the product; the output holds the variants Salla made', async () => {
		salla('post', '/products/207865447/options', 201, { status: 201, success: true, data: option });

		const { items, error } = await runSalla(create({ additionalFields: { required: true, display_type: 'text', sort: 2 } }));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['POST /admin/v2/products/207865447/options']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({
			name: 'Size',
			type: 'radio',
			display_type: 'text',
			required: true,
			sort: 2,
			values: [
				{ name: 'L', price: 0, is_default: false },
				{ name: 'XL', price: 10, is_default: true },
			],
		});
		expect(items).toEqual([{ json: option, pairedItem: { item: 0 } }]);
	});

	test('a conditional option sends its condition, with the IDs as numbers', async () => {
		salla('post', '/products/207865447/options', 201, { data: option });
		await runSalla(
			create({
				type: 'textarea',
				values: {},
				additionalFields: { visibility: 'on_condition', visibility_condition_type: 'not_equal', visibility_condition_option: '2134428744', visibility_condition_value: ' 306646512 ' },
			}),
		);
		expect(received[0].body).toEqual({
			name: 'Size',
			type: 'textarea',
			visibility: 'on_condition',
			visibility_condition_type: '!=',
			visibility_condition_option: 2134428744,
			visibility_condition_value: 306646512,
		});
	});

	test.each([
		['a radio option without values', create({ values: {} }), 'Values is empty'],
		['a value without a name', create({ values: { value: [{ name: 'S' }, { price: 5 }] } }), 'Values (2): Name is empty'],
		['a value price with 3 decimals', create({ values: { value: [{ name: 'S', price: 1.005 }] } }), 'Values (1): Extra Price: "1.005" has more than 2 decimals'],
		['a type Salla does not know', create({ type: '={{ "dropdown" }}' }), 'Type: "dropdown" is not one of the choices'],
		['an incomplete condition', create({ additionalFields: { visibility: 'on_condition', visibility_condition_option: '1' } }), 'Visibility is On Condition but the condition is incomplete'],
		['a condition without On Condition', create({ additionalFields: { visibility_condition_value: '1' } }), 'A visibility condition is set but Visibility is not On Condition'],
		['a condition option that is not an ID', create({ additionalFields: { visibility: 'on_condition', visibility_condition_type: 'equal', visibility_condition_option: 'size', visibility_condition_value: '1' } }), 'Only When Option Name or ID: "size" is not an ID'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => expectRefused(parameters, message));

	test('Salla\'s 422 is a NodeApiError naming the field', async () => {
		salla('post', '/products/207865447/options', 422, {
			status: 422,
			success: false,
			error: { code: 'validation_failed', message: 'Validation failed', fields: { type: ['The selected type is invalid.'] } },
		});
		const { error } = await runSalla(create({}));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): type: The selected type is invalid.');
	});
});

describe('Product Option → Get, Update, Delete', () => {
	test('Get outputs the option with its values and variants', async () => {
		salla('get', '/products/options/1130246629', 200, { status: 200, success: true, data: option });
		const { items, error } = await runSalla({ resource: 'productOption', operation: 'get', option: byId('1130246629') });
		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/products/options/1130246629']);
		expect(items).toEqual([{ json: option, pairedItem: { item: 0 } }]);
	});

	test('Update sends only what is set; new values replace the old', async () => {
		salla('put', '/products/options/1130246629', 201, { status: 201, success: true, data: option });
		const { items } = await runSalla({
			resource: 'productOption',
			operation: 'update',
			option: byId('1130246629'),
			values: { value: [{ name: 'XXL', display_value: 'XXL' }] },
			updateFields: { name: ' Sizes ', required: false, visibility: 'always' },
		});
		expect(requestedPaths()).toEqual(['PUT /admin/v2/products/options/1130246629']);
		expect(received[0].body).toEqual({ name: 'Sizes', required: false, visibility: 'always', values: [{ name: 'XXL', display_value: 'XXL', price: 0, is_default: false }] });
		expect(items).toEqual([{ json: option, pairedItem: { item: 0 } }]);
	});

	test('Update with nothing set sends nothing', async () => {
		const { error } = await runSalla({ resource: 'productOption', operation: 'update', option: byId('1130246629'), updateFields: {} });
		expect(error?.message).toBe('Nothing to update');
		expect(received).toEqual([]);
	});

	test('Delete says what was deleted', async () => {
		salla('delete', '/products/options/1130246629', 202, { status: 202, success: true, data: { message: 'The Object has been removed successfully', code: 202 } });
		const { items } = await runSalla({ resource: 'productOption', operation: 'delete', option: byId('1130246629') });
		expect(requestedPaths()).toEqual(['DELETE /admin/v2/products/options/1130246629']);
		expect(items).toEqual([{ json: { id: 1130246629, deleted: true, message: 'The Object has been removed successfully' }, pairedItem: { item: 0 } }]);
	});

	test('a bad option ID sends nothing', async () => {
		const { error } = await runSalla({ resource: 'productOption', operation: 'delete', option: byId('={{ "size" }}') });
		expect(error?.message).toBe('Option: "size" is not a product option ID');
		expect(received).toEqual([]);
	});

	test('Salla\'s 404 is a NodeApiError', async () => {
		salla('get', '/products/options/1', 404, { status: 404, success: false, error: { code: 404, message: 'The content you are trying to access is no longer available' } });
		const { error } = await runSalla({ resource: 'productOption', operation: 'get', option: byId('1') });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
	});
});

describe('Option picker', () => {
	test('lists the chosen product\'s options, filtered by name', async () => {
		salla('get', '/products/207865447', 200, { data: { id: 207865447, options: [option, { id: 5, name: 'Colour', type: 'radio' }] } });
		const { result } = await callMethod('listSearch', 'searchProductOptions', { resource: 'productOption', operation: 'get', product: byId('207865447') }, ['col']);
		expect(requestedPaths()).toEqual(['GET /admin/v2/products/207865447']);
		expect(result).toEqual({ results: [{ name: 'Colour (radio)', value: '5' }] });
	});

	test('the condition dropdowns list the product\'s options, then the chosen option\'s values', async () => {
		salla('get', '/products/207865447', 200, { data: { id: 207865447, options: [option, { id: 5, name: 'Colour' }] } });
		salla('get', '/products/options/1130246629', 200, { data: option });
		const parameters = { resource: 'productOption', operation: 'create', product: byId('207865447'), additionalFields: { visibility_condition_option: 1130246629 } };

		const options = await callMethod('loadOptions', 'getProductOptionsOfProduct', parameters);
		const values = await callMethod('loadOptions', 'getConditionOptionValues', parameters);

		expect(requestedPaths()).toEqual(['GET /admin/v2/products/207865447', 'GET /admin/v2/products/options/1130246629']);
		expect(options.result).toEqual([
			{ name: 'Size', value: 1130246629 },
			{ name: 'Colour', value: 5 },
		]);
		expect(values.result).toEqual([{ name: 'XL', value: 322122678 }]);
	});

	test('the condition value dropdown without an option asks for one and sends nothing', async () => {
		await expect(callMethod('loadOptions', 'getConditionOptionValues', { resource: 'productOption', operation: 'update', updateFields: {} })).rejects.toMatchObject({
			message: 'Choose Only When Option first to list its values',
		});
		expect(received).toEqual([]);
	});

	test('without a product it asks for one and sends nothing', async () => {
		await expect(callMethod('listSearch', 'searchProductOptions', { resource: 'productOption', operation: 'get' })).rejects.toMatchObject({
			message: 'Choose the Product first to list its options',
		});
		expect(received).toEqual([]);
	});
});
