import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /users (Salla's List Employees): the store's staff, with their role and status. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s employees with their role and status',
	action: 'Get many employees',
	method: 'GET',
	path: '/users',
	// The page names no scope.
	scope: 'none named by Salla',
	list: true,
	fields: [...returnAllLimit()],
});
