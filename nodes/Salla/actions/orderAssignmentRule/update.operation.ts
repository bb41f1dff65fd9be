import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { assignmentRule, buildConditions, conditionsField } from './shared';

/** PUT /orders/assignment/rules/{rule_id} `[{entity, value}]`: the rule's conditions, replaced. */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Replace the conditions of an auto-assignment rule',
	action: 'Update an assignment rule',
	method: 'PUT',
	path: '/orders/assignment/rules/{rule_id}',
	scope: 'orders.read_write',
	body() {
		return buildConditions(this);
	},
	postReceive: [unwrapData],
	fields: [assignmentRule, { ...conditionsField, description: 'The rule\'s new conditions: they replace the current ones' }],
});
