import { requireId } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { loadWith } from '../../common/search';
import { employeeOptions } from '../employee/shared';
import { buildConditions, conditionsField } from './shared';

/** POST /orders/assignment/rules `{user_id, rules}`: the orders an employee gets automatically. */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Assign the orders that match conditions to an employee automatically',
	action: 'Create an assignment rule',
	method: 'POST',
	path: '/orders/assignment/rules',
	scope: 'orders.read_write',
	body() {
		return {
			user_id: requireId(this, 'Employee', this.getNodeParameter('user_id', ''), '461258256'),
			rules: buildConditions(this),
		};
	},
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Employee Name or ID',
			name: 'user_id',
			type: 'options',
			typeOptions: loadWith(employeeOptions),
			required: true,
			default: '',
			description:
				'The staff member who gets the orders. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		conditionsField,
	],
});
