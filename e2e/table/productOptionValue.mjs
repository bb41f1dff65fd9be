// Product Option Value (/products/options/{option}, /products/options/values/{value}): each operation
// once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, ok, readsOne, removed } from '../../harness/salla-answers.mjs';

const OPTION_ID = 1130246629;
const sar = (amount) => ({ amount, currency: 'SAR' });
const XL = { id: 322122678, name: 'XL', price: sar(21), display_value: 'XL', option_id: OPTION_ID };
const XL_DETAILS = { ...XL, skus: [{ id: 652911550, price: sar(171), stock_quantity: 12, sku: 'DRESS-XL', related_option_values: [XL.id] }] };
// Create answers with the whole option, its values and variants
const SIZE = { id: OPTION_ID, name: 'Size', type: 'radio', display_type: 'text', values: [{ id: 322122677, name: 'L', price: sar(0), option_id: OPTION_ID }, XL] };

export const operations = [
	{
		operation: 'create',
		parameters: { name: 'XL', option: byId(OPTION_ID), additionalFields: { price: 21 } },
		request: { method: 'POST', path: `/products/options/${OPTION_ID}`, body: { name: 'XL', price: 21 } },
		answer: ok(SIZE, 201),
		output: [SIZE],
	},
	{
		operation: 'delete',
		parameters: { value: byId(XL.id) },
		request: { method: 'DELETE', path: `/products/options/values/${XL.id}` },
		answer: removed(),
		output: [{ id: XL.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { option: byId(OPTION_ID), value: byId(XL.id) }, `/products/options/values/${XL.id}`, XL_DETAILS),
	{
		operation: 'update',
		parameters: { value: byId(XL.id), updateFields: { quantity: 12 } },
		request: { method: 'PUT', path: `/products/options/values/${XL.id}`, body: { quantity: 12 } },
		answer: ok(XL_DETAILS, 201),
		output: [XL_DETAILS],
	},
];

export const pickers = [
	{
		method: 'searchProductOptionValues',
		parameters: { resource: 'productOptionValue', operation: 'get', option: byId(OPTION_ID) },
		path: 'value',
		filter: '',
		request: { method: 'GET', path: `/products/options/${OPTION_ID}` },
		answer: ok(SIZE),
		results: [
			{ name: 'L', value: '322122677' },
			{ name: 'XL', value: String(XL.id) },
		],
	},
];
