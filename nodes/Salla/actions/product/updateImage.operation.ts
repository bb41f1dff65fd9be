import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, optionalNumber, optionalText } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import type { FormPart } from './multipart';
import { binaryPart, binaryPropertyField, imagesOnly, withMultipart } from './binary';
import { productImageSearch } from './search';
import { productLocator } from './shared';

/**
 * POST /products/images/{image-id}, multipart/form-data: replaces an image's file (`photo`, which
 * Salla's schema requires) and sets `default` (1/0), `sort` and `alt`. The page's text also mentions
 * a URL, but its schema documents only the file: the node uploads a file.
 */
const product = productLocator(undefined, {
	required: false,
	description: 'The product whose images the Image list shows (not needed when giving the image ID)',
});

const image = recordLocator({
	name: 'image',
	displayName: 'Image',
	noun: 'product image',
	shortNoun: 'image',
	example: '713368802',
	search: productImageSearch,
	description: 'The image to replace',
});

async function sendImage(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const parts: FormPart[] = [await binaryPart(this, 'photo', 'image', imagesOnly)];
	const extra = (this.getNodeParameter('additionalFields', {}) ?? {}) as IDataObject;
	if (extra.main !== undefined) {
		if (typeof extra.main !== 'boolean') throw inputError(this, 'Main Image must be true or false', 'Turn Main Image on or off.');
		parts.push({ name: 'default', value: extra.main ? '1' : '0' });
	}
	const sort = optionalNumber(this, 'Sort Order', extra.sort, { min: 0, integer: true });
	if (sort !== undefined) parts.push({ name: 'sort', value: String(sort) });
	const alt = optionalText(this, 'Alternative Text', extra.alt);
	if (alt) parts.push({ name: 'alt', value: alt });
	return withMultipart(requestOptions, parts);
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
	fields: [
		product,
		image,
		binaryPropertyField('image'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Alternative Text',
					name: 'alt',
					type: 'string',
					default: '',
					description: 'Text shown when the image does not load, and read by search engines',
				},
				{
					displayName: 'Main Image',
					name: 'main',
					type: 'boolean',
					default: true,
					description: 'Whether this becomes the product\'s main image',
				},
				{
					displayName: 'Sort Order',
					name: 'sort',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 1,
					description: 'Where the image appears among the product\'s images',
				},
			],
		},
	],
});
