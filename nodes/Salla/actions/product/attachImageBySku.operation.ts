import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { binaryPart, binaryPropertyField, imagesOnly, withMultipart } from '../../common/binary';
import { skuField } from './shared';

/**
 * POST /products/sku/{sku}/images, multipart/form-data with the file as `photo`: Salla's by-SKU
 * upload takes a file only (no URL, main image, order or alternative text; Attach Image by ID does).
 */
async function sendPhoto(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return withMultipart(requestOptions, [await binaryPart(this, 'photo', 'image', imagesOnly)]);
}

export const attachImageBySku = defineOperation({
	value: 'attachImageBySku',
	name: 'Attach Image By SKU',
	description: 'Upload an image file to the product with a given SKU',
	action: 'Attach an image to a product by SKU',
	method: 'POST',
	path: '/products/sku/{sku}/images',
	scope: 'products.read_write',
	preSend: [sendPhoto],
	postReceive: [unwrapData],
	fields: [
		skuField(),
		binaryPropertyField('image'),
	],
});
