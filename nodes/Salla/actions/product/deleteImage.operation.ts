import { readRecordId, recordLocator } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { productLocator } from './shared';
import { productImageSearch } from './search';

/**
 * DELETE /products/images/{image}: Salla answers 202 with a bare message. The Product field only
 * serves to list that product's images in the Image picker; it is not sent.
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
	description: 'The image to delete',
});

export const deleteImage = defineOperation({
	value: 'deleteImage',
	name: 'Delete Image',
	description: 'Remove an image from a product',
	action: 'Delete a product image',
	method: 'DELETE',
	path: '/products/images/{image}',
	scope: 'products.read_write',
	postReceive: [describeOutcome((context) => ({ id: readRecordId(context, image), deleted: true }))],
	fields: [product, image],
});
