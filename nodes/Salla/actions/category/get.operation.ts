import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { category } from './shared';

/** GET /categories/{category}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a category with its details',
	action: 'Get a category',
	method: 'GET',
	path: '/categories/{category}',
	scope: 'categories.read',
	postReceive: [unwrapData],
	fields: [category],
});
