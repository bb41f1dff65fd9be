import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { orderStatus } from './shared';

/** GET /orders/statuses/{status_id}: a status with its message, icon, parent and sub-statuses. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get an order status with its customer message, icon and sub-statuses',
	action: 'Get an order status',
	method: 'GET',
	path: '/orders/statuses/{status_id}',
	scope: 'orders.read',
	postReceive: [unwrapData],
	fields: [orderStatus],
});
