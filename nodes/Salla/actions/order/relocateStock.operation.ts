import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, requireId, requireNumber } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { loadWith } from '../../common/search';
import { branchOptions } from '../branch/shared';
import { orderItemOptions } from './items';
import { order } from './shared';

/**
 * POST /orders/{order}/inventory/relocate `{source, destination, items?}`: the order's stock moved
 * from one branch to another. Without items, the whole order moves. Salla answers 403 when the store has
 * not switched on multiple shipments and some items are given.
 */

function relocation(context: IExecuteSingleFunctions): IDataObject {
	const source = requireId(context, 'From Branch', context.getNodeParameter('source', ''), '1923546554');
	const destination = requireId(context, 'To Branch', context.getNodeParameter('destination', ''), '495787195');
	if (source === destination) {
		throw inputError(context, 'From Branch and To Branch are the same branch', 'Choose two different branches.');
	}
	const body: IDataObject = { source, destination };
	const entries = ((context.getNodeParameter('items', {}) as IDataObject)?.item ?? []) as IDataObject[];
	if (Array.isArray(entries) && entries.length) {
		body.items = entries.map((entry, index) => ({
			id: requireId(context, `Items: Item ${index + 1}: Item`, entry.id, '123413414'),
			quantity: requireNumber(context, `Items: Item ${index + 1}: Quantity`, entry.quantity, { min: 1, integer: true }),
		}));
	}
	return body;
}

const branchDescription = (what: string) =>
	`${what}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`;

export const relocateStock = defineOperation({
	value: 'relocateStock',
	name: 'Relocate Stock',
	description: 'Move an order\'s stock, or some of its items, from one branch to another',
	action: 'Relocate an order\'s stock',
	method: 'POST',
	path: '/orders/{order}/inventory/relocate',
	scope: 'orders.read_write',
	body() {
		return relocation(this);
	},
	postReceive: [describeOutcome((context) => ({ order_id: readRecordId(context, order), ...relocation(context), relocated: true }))],
	fields: [
		order,
		{
			displayName: 'From Branch Name or ID',
			name: 'source',
			type: 'options',
			typeOptions: loadWith(branchOptions),
			required: true,
			default: '',
			description: branchDescription('The branch the order\'s stock moves from (Salla\'s source)'),
		},
		{
			displayName: 'To Branch Name or ID',
			name: 'destination',
			type: 'options',
			typeOptions: loadWith(branchOptions),
			required: true,
			default: '',
			description: branchDescription('The branch the order\'s stock moves to (Salla\'s destination)'),
		},
		{
			displayName: 'Items',
			name: 'items',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Item',
			default: {},
			description: 'Only these items and quantities; leave empty to move the whole order (some items need multiple shipments switched on)',
			options: [
				{
					displayName: 'Item',
					name: 'item',
					values: [
						{
							displayName: 'Item Name or ID',
							name: 'id',
							type: 'options',
							typeOptions: loadWith(orderItemOptions, ['order']),
							default: '',
							description:
								'An item of the order above. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
						{
							displayName: 'Quantity',
							name: 'quantity',
							type: 'number',
							typeOptions: { minValue: 1 },
							default: 1,
							description: 'How many units move',
						},
					],
				},
			],
		},
	],
});
