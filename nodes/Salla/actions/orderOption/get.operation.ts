import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { orderOption } from './shared';

/** GET /orders/options/{id}: a checkout field with its type, choices, price and categories. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get an order option with its type, choices, price and categories',
	action: 'Get an order option',
	method: 'GET',
	path: '/orders/options/{id}',
	scope: 'orders.read',
	postReceive: [unwrapData],
	fields: [orderOption],
});
