import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /orders/options: the store's checkout fields (`{id, name}` each). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s order options: the fields customers fill in at checkout',
	action: 'Get many order options',
	method: 'GET',
	path: '/orders/options',
	scope: 'orders.read',
	list: true,
	fields: returnAllLimit(),
});
