import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { imageLocator, imageProduct } from './images';

/**
 * DELETE /products/images/{image}: Salla answers 202 with a bare message.
 * The Product field only lists that product's images in the Image picker.
 */
const image = imageLocator('The image to delete');

export const deleteImage = defineOperation({
	value: 'deleteImage',
	name: 'Delete Image',
	description: 'Remove an image from a product',
	action: 'Delete a product image',
	method: 'DELETE',
	path: '/products/images/{image}',
	scope: 'products.read_write',
	postReceive: [deletedRecord(image)],
	fields: [imageProduct, image],
});
