import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, optionalMoney } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { priceField, skuField } from './shared';

/** POST /products/sku/{sku}/price `{price}`: Salla answers with the product's details. */

async function sendPrice(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const price = optionalMoney(this, 'Price', this.getNodeParameter('price', ''));
	if (price === undefined) {
		throw inputError(this, 'Price is empty', 'Give the new price in the store currency, for example 99.95.');
	}
	return { ...requestOptions, body: { ...(requestOptions.body as IDataObject), price } };
}

export const updatePriceBySku = defineOperation({
	value: 'updatePriceBySku',
	name: 'Update Price By SKU',
	description: 'Change the price of the product with a given SKU',
	action: 'Update a product\'s price by SKU',
	method: 'POST',
	path: '/products/sku/{sku}/price',
	scope: 'products.read_write',
	preSend: [sendPrice],
	postReceive: [unwrapData],
	fields: [
		skuField(),
		priceField('The new price, in the store currency'),
	],
});
