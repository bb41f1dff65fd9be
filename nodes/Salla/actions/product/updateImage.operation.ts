import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { additionalFields } from '../../common/collections';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import type { FormPart } from '../../common/multipart';
import { binaryPart, binaryPropertyField, imagesOnly, withMultipart } from '../../common/binary';
import { IMAGE_OPTIONS, imageLocator, imageOptionParts, imageProduct } from './images';

/**
 * POST /products/images/{image-id}, multipart/form-data: replaces an image's file (`photo`, which
 * Salla's schema requires) and sets `default` (1/0), `sort` and `alt`. The page's text also mentions
 * a URL, but its schema documents only the file: the node uploads a file.
 */
async function sendImage(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const parts: FormPart[] = [await binaryPart(this, 'photo', 'image', imagesOnly)];
	return withMultipart(requestOptions, [...parts, ...imageOptionParts(this, 'default')]);
}

export const updateImage = defineOperation({
	value: 'updateImage',
	name: 'Update Image',
	description: 'Replace a product image with a file, and set whether it is the main image',
	action: 'Update a product image',
	method: 'POST',
	path: '/products/images/{image}',
	scope: 'products.read_write',
	preSend: [sendImage],
	postReceive: [unwrapData],
	fields: [imageProduct, imageLocator('The image to replace'), binaryPropertyField('image'), additionalFields(IMAGE_OPTIONS)],
});
