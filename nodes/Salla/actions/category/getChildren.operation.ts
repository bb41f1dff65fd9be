import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { category } from './shared';

/** GET /categories/{category}/children: the category's direct subcategories, one item each. */
export const getChildren = defineOperation({
	value: 'getChildren',
	name: 'Get Subcategories',
	description: 'Get the subcategories directly under a category',
	action: 'Get the subcategories of a category',
	method: 'GET',
	path: '/categories/{category}/children',
	scope: 'categories.read',
	list: true,
	fields: [category, ...returnAllLimit()],
});
