import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { optionalBoolean, optionalNumber, optionalText } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import type { FormPart } from '../../common/multipart';
import { productImageSearch } from './search';
import { productLocator } from './shared';

/** What the operations on one product image (Update Image, Delete Image) and Attach Image share. */

/** The Product field only serves to list that product's images in the Image picker; it is not sent. */
export const imageProduct = productLocator(undefined, {
	required: false,
	description: 'The product whose images the Image list shows (not needed when giving the image ID)',
});

export const imageLocator = (description: string) =>
	recordLocator({
		name: 'image',
		displayName: 'Image',
		noun: 'product image',
		shortNoun: 'image',
		example: '713368802',
		search: productImageSearch,
		description,
	});

/** Additional Fields of an image upload: Alternative Text, Main Image and Sort Order. */
export const IMAGE_OPTIONS: INodeProperties[] = [
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
];

/** IMAGE_OPTIONS as form parts; Main Image goes as `mainName`, the name Salla's page gives it. */
export function imageOptionParts(context: IExecuteSingleFunctions, mainName: 'main' | 'default'): FormPart[] {
	const parts: FormPart[] = [];
	const extra = (context.getNodeParameter('additionalFields', {}) ?? {}) as IDataObject;
	const main = optionalBoolean(context, 'Main Image', extra.main);
	// Multipart carries text: 1/0 is what a boolean form field is read as.
	if (main !== undefined) parts.push({ name: mainName, value: main ? '1' : '0' });
	const sort = optionalNumber(context, 'Sort Order', extra.sort, { min: 0, integer: true });
	if (sort !== undefined) parts.push({ name: 'sort', value: String(sort) });
	const alt = optionalText(context, 'Alternative Text', extra.alt);
	if (alt) parts.push({ name: 'alt', value: alt });
	return parts;
}
