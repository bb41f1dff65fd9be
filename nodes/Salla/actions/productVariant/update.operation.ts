import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { optionalGtin, optionalMoney, optionalNumber, optionalTexts } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { variantLocator } from './shared';

/**
 * PUT /products/variants/{variant}: Salla's page marks every field required in its schema but says
 * in its text that all are optional and at least one must be sent; only the fields set are sent.
 */

function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	const values = (this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject;
	const body = optionalTexts(this, values, [
		['sku', 'SKU'],
		['barcode', 'Barcode'],
		['mpn', 'MPN'],
	]);
	const gtin = optionalGtin(this, 'GTIN', values.gtin);
	if (gtin) body.gtin = gtin;
	for (const [key, label] of [
		['price', 'Price'],
		['sale_price', 'Sale Price'],
		['cost_price', 'Cost Price'],
	] as const) {
		const amount = optionalMoney(this, label, values[key]);
		if (amount !== undefined) body[key] = amount;
	}
	const stock = optionalNumber(this, 'Stock Quantity', values.stock_quantity, { min: 0, integer: true });
	if (stock !== undefined) body.stock_quantity = stock;
	const weight = optionalNumber(this, 'Weight', values.weight, { min: 0 });
	if (weight !== undefined) body.weight = weight;
	const notifyLow = optionalNumber(this, 'Low Stock Alert', values.notify_low, { min: 0, integer: true });
	if (notifyLow !== undefined) body.notify_low = notifyLow;
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a variant\'s SKU, barcode, prices, stock or weight; only the fields you set change',
	action: 'Update a product variant',
	method: 'PUT',
	path: '/products/variants/{variant}',
	scope: 'products.read_write',
	body: buildChanges,
	changes: { where: 'Add at least one field under Update Fields', why: 'Salla refuses an empty update, and only the fields you set are sent' },
	postReceive: [unwrapData],
	fields: [
		variantLocator(),
		updateFields([
			{ displayName: 'Barcode', name: 'barcode', type: 'string', default: '' },
			{
				displayName: 'Cost Price',
				name: 'cost_price',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'What the variant costs you, in the store currency',
			},
			{
				displayName: 'GTIN',
				name: 'gtin',
				type: 'string',
				default: '',
				description: 'Global Trade Item Number: 8, 12, 13 or 14 digits',
			},
			{
				displayName: 'Low Stock Alert',
				name: 'notify_low',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Salla alerts you when the stock falls below this number',
			},
			{ displayName: 'MPN', name: 'mpn', type: 'string', default: '', description: 'Manufacturer Part Number' },
			{
				displayName: 'Price',
				name: 'price',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'The variant\'s price, in the store currency',
			},
			{
				displayName: 'Sale Price',
				name: 'sale_price',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'The variant\'s discounted price, in the store currency',
			},
			{ displayName: 'SKU', name: 'sku', type: 'string', default: '' },
			{
				displayName: 'Stock Quantity',
				name: 'stock_quantity',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Units in stock at the default branch',
			},
			{
				displayName: 'Weight',
				name: 'weight',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'The variant\'s weight, in the product\'s weight unit',
			},
		]),
	],
});
