import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { order } from './shared';

/** GET /orders/{order}/histories: status changes and notes, one item each, page by page. */
export const getHistory = defineOperation({
	value: 'getHistory',
	name: 'Get History',
	description: 'Get an order\'s history: its status changes and notes',
	action: 'Get an order\'s history',
	method: 'GET',
	path: '/orders/{order}/histories',
	// The page names no scope; reading orders needs orders.read.
	scope: 'orders.read',
	list: true,
	fields: [order, ...returnAllLimit()],
});
