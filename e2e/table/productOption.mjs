// Product Option (/products/{product}/options, /products/options/{option}): each operation once inside
// n8n; row format: e2e/operations.e2e.test.mjs. Salla has no list of options: the pickers read the
// chosen product's details, and the chosen option's for its values.
import { byId, ok, readsOne, removed } from '../../harness/salla-answers.mjs';

const PRODUCT_ID = 207865447;
const sar = (amount) => ({ amount, currency: 'SAR' });
const L = { id: 322122677, name: 'L', price: sar(0), display_value: 'L', option_id: 1130246629 };
const XL = { id: 322122678, name: 'XL', price: sar(10), display_value: 'XL', option_id: 1130246629 };
// as Salla's pages answer an option: its values and the variants made of them
const SIZE = {
	id: 1130246629,
	name: 'Size',
	type: 'radio',
	required: true,
	sort: 0,
	display_type: 'text',
	visibility: 'always',
	values: [L, XL],
	skus: [
		{ id: 652911549, price: sar(150), stock_quantity: 0, sku: 'DRESS-L', related_option_values: [L.id] },
		{ id: 652911550, price: sar(160), stock_quantity: 0, sku: 'DRESS-XL', related_option_values: [XL.id] },
	],
};
const COLOUR = { id: 1130246630, name: 'Colour', type: 'radio', values: [] };
const DRESS = { id: PRODUCT_ID, name: 'Summer dress', price: sar(150), options: [SIZE, COLOUR] };

export const operations = [
	{
		operation: 'create',
		parameters: {
			name: 'Size',
			product: byId(PRODUCT_ID),
			type: 'radio',
			values: { value: [{ name: 'L' }, { name: 'XL', price: 10 }] },
		},
		request: {
			method: 'POST',
			path: `/products/${PRODUCT_ID}/options`,
			body: {
				name: 'Size',
				type: 'radio',
				values: [
					{ name: 'L', price: 0, is_default: false },
					{ name: 'XL', price: 10, is_default: false },
				],
			},
		},
		answer: ok(SIZE, 201),
		output: [SIZE],
	},
	{
		operation: 'delete',
		parameters: { option: byId(SIZE.id) },
		request: { method: 'DELETE', path: `/products/options/${SIZE.id}` },
		answer: removed(),
		output: [{ id: SIZE.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { product: byId(PRODUCT_ID), option: byId(SIZE.id) }, `/products/options/${SIZE.id}`, SIZE),
	{
		operation: 'update',
		parameters: { option: byId(SIZE.id), updateFields: { name: 'Sizes', required: false } },
		request: { method: 'PUT', path: `/products/options/${SIZE.id}`, body: { name: 'Sizes', required: false } },
		answer: ok({ ...SIZE, name: 'Sizes', required: false }, 201),
		output: [{ ...SIZE, name: 'Sizes', required: false }],
	},
];

export const pickers = [
	{
		method: 'searchProductOptions',
		parameters: { resource: 'productOption', operation: 'get', product: byId(PRODUCT_ID) },
		path: 'option',
		filter: 'si',
		request: { method: 'GET', path: `/products/${PRODUCT_ID}` },
		answer: ok(DRESS),
		results: [{ name: 'Size (radio)', value: String(SIZE.id) }],
	},
	{
		method: 'getProductOptionsOfProduct',
		parameters: { resource: 'productOption', operation: 'create', product: byId(PRODUCT_ID), additionalFields: { visibility: 'on_condition' } },
		path: 'additionalFields.visibility_condition_option',
		request: { method: 'GET', path: `/products/${PRODUCT_ID}` },
		answer: ok(DRESS),
		results: [
			{ name: 'Size', value: SIZE.id },
			{ name: 'Colour', value: COLOUR.id },
		],
	},
	{
		method: 'getConditionOptionValues',
		parameters: {
			resource: 'productOption',
			operation: 'update',
			option: byId(COLOUR.id),
			updateFields: { visibility: 'on_condition', visibility_condition_option: SIZE.id },
		},
		path: 'updateFields.visibility_condition_value',
		request: { method: 'GET', path: `/products/options/${SIZE.id}` },
		answer: ok(SIZE),
		results: [
			{ name: 'L', value: L.id },
			{ name: 'XL', value: XL.id },
		],
	},
];
