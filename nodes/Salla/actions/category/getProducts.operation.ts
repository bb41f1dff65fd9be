import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { category } from './shared';

/** GET /categories/{id}/products: the category's products with their sort order (`{id, name, image, sort}`). */
export const getProducts = defineOperation({
	value: 'getProducts',
	name: 'Get Products',
	description: 'Get the products of a category, in their sort order',
	action: 'Get the products of a category',
	method: 'GET',
	path: '/categories/{category}/products',
	scope: 'categories.read',
	list: true,
	fields: [category, ...returnAllLimit()],
});
