import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /orders/assignment/rules: the store's auto-assignment rules, one per employee. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the rules that assign new orders to employees automatically',
	action: 'Get many assignment rules',
	method: 'GET',
	path: '/orders/assignment/rules',
	scope: 'orders.read',
	list: true,
	fields: returnAllLimit(),
});
