import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { priceField, readPrice, skuField } from './shared';

/** POST /products/sku/{sku}/price `{price}`: Salla answers with the product's details. */

function buildPrice(this: IExecuteSingleFunctions): SallaBody {
	return { price: readPrice(this) };
}

export const updatePriceBySku = defineOperation({
	value: 'updatePriceBySku',
	name: 'Update Price By SKU',
	description: 'Change the price of the product with a given SKU',
	action: 'Update a product\'s price by SKU',
	method: 'POST',
	path: '/products/sku/{sku}/price',
	scope: 'products.read_write',
	body: buildPrice,
	postReceive: [unwrapData],
	fields: [
		skuField(),
		priceField('The new price, in the store currency'),
	],
});
