import { returnAllLimit } from '../../common/fields';
import { filtersCollection, nameContainsFilter } from '../../common/filters';
import { defineOperation } from '../../common/operation';

/** GET /brands: every page with Return All, 60 a page. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s brands',
	action: 'Get many brands',
	method: 'GET',
	path: '/brands',
	scope: 'brands.read',
	list: true,
	fields: [
		...returnAllLimit(),
		filtersCollection([
			nameContainsFilter('brands', 'Zara'),
		]),
	],
});
