// Product Variant (/products/variants): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, ok, page, readsOne, readsPage } from '../../harness/salla-answers.mjs';

const RED_M = { id: 1420139350, sku: '52743-145-red-m', price: { amount: 25.5, currency: 'SAR' }, stock_quantity: 4 };
const variant = byId(RED_M.id);

export const operations = [
	readsOne('get', { variant }, `/products/variants/${RED_M.id}`, RED_M),
	readsPage('getAll', { product: byId(892907448), limit: 1 }, firstPage('/products/892907448/variants', {}, 1), [RED_M]),
	{
		operation: 'update',
		parameters: { variant, updateFields: { price: 30 } },
		request: { method: 'PUT', path: `/products/variants/${RED_M.id}`, body: { price: 30 } },
		answer: ok({ ...RED_M, price: { amount: 30, currency: 'SAR' } }),
		output: [{ ...RED_M, price: { amount: 30, currency: 'SAR' } }],
	},
	{
		operation: 'updateQuantity',
		parameters: { variant, quantity: 12 },
		request: { method: 'PUT', path: `/products/quantities/variant/${RED_M.id}`, body: { quantity: 12 } },
		answer: ok({ ...RED_M, stock_quantity: 12 }),
		output: [{ ...RED_M, stock_quantity: 12 }],
	},
];

export const pickers = [
	{
		method: 'searchVariants',
		parameters: { resource: 'productVariant', operation: 'get' },
		path: 'variant',
		filter: 'red',
		request: firstPage('/products/quantities'),
		answer: page([
			{ id: 892907448, name: 'T-shirt', sku: '52743-145', sku_id: null },
			{ id: 892907448, name: 'T-shirt', variant: 'Red · M', sku: RED_M.sku, sku_id: RED_M.id },
		]),
		results: [{ name: `T-shirt · Red · M (${RED_M.sku})`, value: String(RED_M.id) }],
	},
];
