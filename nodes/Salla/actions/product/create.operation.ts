import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, oneOf, requireText } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { nameField } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { imageUrlsField, priceField, PRODUCT_STATUSES, PRODUCT_TYPES, productFields, readPrice } from './shared';
import { createStatusField, groupProductsBody, groupProductsField, listingBody, listingFields } from './listing';
import { imagesBody, productBody } from './body';
import { createOptionsBody, createOptionsField } from './createOptions';

/**
 * POST /products: name, price and product type are required; the additional fields are sent only
 * when set, every rule checked first. Salla answers 201 with the product's details.
 */

async function sendProduct(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const name = requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the product a name, for example "T-Shirt Blue".');
	const price = readPrice(this, 'Give the product\'s price in the store currency, for example 96.5.');
	const productType = oneOf(this, 'Product Type', this.getNodeParameter('product_type', ''), PRODUCT_TYPES);
	const additional = (this.getNodeParameter('additionalFields', {}) ?? {}) as IDataObject;
	const images = imagesBody(this, additional.images);
	const group = groupProductsBody(this, additional.consisted_products);
	if (group && productType !== 'group_products') {
		throw inputError(
			this,
			'Products in Group is set but Product Type is not Group of Products',
			'Choose Group of Products as Product Type, or remove Products in Group.',
		);
	}
	const options = createOptionsBody(this, additional.options);
	const status = additional.status !== undefined && additional.status !== '' ? oneOf(this, 'Status', additional.status, PRODUCT_STATUSES) : undefined;
	return {
		...requestOptions,
		body: {
			...(requestOptions.body as IDataObject),
			name,
			price,
			product_type: productType,
			...(status ? { status } : {}),
			...productBody(this, additional),
			...listingBody(this, additional),
			...(images ? { images } : {}),
			...(group ? { consisted_products: group } : {}),
			...(options ? { options } : {}),
		},
	};
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a product',
	action: 'Create a product',
	method: 'POST',
	path: '/products',
	scope: 'products.read_write',
	preSend: [sendProduct],
	postReceive: [unwrapData],
	fields: [
		nameField,
		priceField('The product\'s price, in the store currency'),
		{
			displayName: 'Product Type',
			name: 'product_type',
			type: 'options',
			options: PRODUCT_TYPES,
			required: true,
			default: 'product',
			description: 'What kind of product it is; Salla does not let it change later',
		},
		additionalFields(
			[...productFields, ...listingFields, imageUrlsField, createStatusField, groupProductsField, createOptionsField].sort((a, b) =>
				a.displayName.localeCompare(b.displayName),
			),
		),
	],
});
