import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /products/tags: every page with Return All, 60 a page. Salla documents no filters. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s product tags',
	action: 'Get many product tags',
	method: 'GET',
	path: '/products/tags',
	scope: 'products.read',
	list: true,
	fields: returnAllLimit(),
});
