import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Order auto-assignment rules (`/orders/assignment/rules`): which new orders each employee gets.
 * Who an order is assigned to is Order → Get Assigned Employees; assigning one is Order → Update
 * (Assigned Employees) or Run Actions (Assign Employees).
 *
 * Known limits: docs/resources/orderAssignmentRule.md (its hand-written section).
 */
export const orderAssignmentRule = defineResource({
	value: 'orderAssignmentRule',
	name: 'Order Assignment Rule',
	defaultOperation: getAll.value,
	operations: [create, getAll, update],
});
