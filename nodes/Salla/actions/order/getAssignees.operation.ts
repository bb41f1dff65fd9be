import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { order } from './shared';

/**
 * GET /orders/assignment/{order}: the employees an order is assigned to, one output item each.
 * Salla's page names no scope; orders.read is what its other order reads need.
 */
export const getAssignees = defineOperation({
	value: 'getAssignees',
	name: 'Get Assigned Employees',
	description: 'Get the staff members an order is assigned to',
	action: 'Get an order\'s assigned employees',
	method: 'GET',
	path: '/orders/assignment/{order}',
	scope: 'orders.read',
	postReceive: [unwrapData],
	fields: [order],
});
