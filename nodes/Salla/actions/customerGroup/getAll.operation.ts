import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /customers/groups: every page with Return All, 60 a page. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s customer groups',
	action: 'Get many customer groups',
	method: 'GET',
	path: '/customers/groups',
	scope: 'customers.read',
	list: true,
	fields: returnAllLimit(),
});
