import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { oneOf } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import type { FormPart } from '../../common/multipart';
import { binaryPart, imagesOnly, withMultipart } from '../../common/binary';
import { IMAGE_OPTIONS, imageOptionParts } from './images';
import { productLocator } from './shared';
import { checkUrl } from './body';

/**
 * POST /products/{product}/images, multipart/form-data: one image per request, from a URL
 * (`original`) or a file (`photo`, from the item's binary data). Salla allows 10 images a product.
 */
const product = productLocator();

const SOURCES = [
	{ name: 'Image URL', value: 'url', description: 'Salla downloads the image from a web address' },
	{ name: 'Binary File', value: 'binary', description: 'Upload a file from the input item\'s binary data' },
] as const;

async function sendImage(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const source = oneOf(this, 'Image Source', this.getNodeParameter('imageSource', 'url'), SOURCES);
	const parts: FormPart[] = [];
	if (source === 'url') {
		parts.push({ name: 'original', value: checkUrl(this, 'Image URL', this.getNodeParameter('original', '')) });
	} else {
		parts.push(await binaryPart(this, 'photo', 'image', imagesOnly));
	}

	return withMultipart(requestOptions, [...parts, ...imageOptionParts(this, 'main')]);
}

export const attachImage = defineOperation({
	value: 'attachImage',
	name: 'Attach Image',
	description: 'Add an image to a product, from a URL or from a file',
	action: 'Attach an image to a product',
	method: 'POST',
	path: '/products/{product}/images',
	scope: 'products.read_write',
	preSend: [sendImage],
	postReceive: [unwrapData],
	fields: [
		product,
		{
			displayName: 'Image Source',
			name: 'imageSource',
			type: 'options',
			options: [...SOURCES],
			default: 'url',
		},
		{
			displayName: 'Image URL',
			name: 'original',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com/t-shirt.jpg',
			description: 'A public https:// address of the image',
			displayOptions: { show: { imageSource: ['url'] } },
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			hint: 'The name of the input binary field containing the image to upload',
			displayOptions: { show: { imageSource: ['binary'] } },
		},
		additionalFields(IMAGE_OPTIONS),
	],
});
