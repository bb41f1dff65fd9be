import { returnAllLimit } from '../../common/fields';
import { filtersCollection, textFilter } from '../../common/filters';
import { defineOperation } from '../../common/operation';

/** GET /shipping/routes: every page with Return All, 60 a page. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s shipping routes with their type, status and priority',
	action: 'Get many shipping routes',
	method: 'GET',
	path: '/shipping/routes',
	scope: 'shipping.read',
	list: true,
	fields: [
		...returnAllLimit(),
		filtersCollection([textFilter({ name: 'name', displayName: 'Name', description: 'Only the route with this name', placeholder: 'e.g. Branded Route' })]),
	],
});
