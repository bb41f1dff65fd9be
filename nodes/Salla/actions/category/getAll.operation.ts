import { returnAllLimit } from '../../common/fields';
import { choiceFilter, filtersCollection, nameContainsFilter } from '../../common/filters';
import { defineOperation } from '../../common/operation';
import { STATUSES } from './shared';

/** GET /categories: every page with Return All, 60 a page; each category as Salla sends it (sub_categories kept). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s categories, each with its subcategories',
	action: 'Get many categories',
	method: 'GET',
	path: '/categories',
	scope: 'categories.read',
	list: true,
	fields: [
		...returnAllLimit(),
		filtersCollection([
			nameContainsFilter('categories', 'shoes'),
			choiceFilter({
				name: 'status',
				displayName: 'Status',
				description: 'Only active or only hidden categories',
				options: STATUSES,
				default: 'active',
			}),
		]),
	],
});
