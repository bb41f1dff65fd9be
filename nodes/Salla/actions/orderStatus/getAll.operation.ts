import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /orders/statuses: Salla's original statuses and the store's custom ones (`type`). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s order statuses: Salla\'s originals and custom sub-statuses',
	action: 'Get many order statuses',
	method: 'GET',
	path: '/orders/statuses',
	scope: 'orders.read',
	list: true,
	fields: returnAllLimit(),
});
