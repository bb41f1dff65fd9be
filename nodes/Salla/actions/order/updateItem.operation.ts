import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { buildItemDetails, itemDetails, itemsOrder, orderItem } from './items';

/** PUT /orders/items/{item_id}: only what the user set. Salla answers with the order's items. */

function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	return buildItemDetails(this, 'updateFields');
}

export const updateItem = defineOperation({
	value: 'updateItem',
	name: 'Update Item',
	description: 'Change an order item\'s quantity, price, branch, weight or options',
	action: 'Update an order item',
	method: 'PUT',
	path: '/orders/items/{item_id}',
	scope: 'orders.read_write',
	body: buildChanges,
	changes: { where: 'Add a field to Update Fields (quantity, price, branch, weight or options)', why: 'only those are sent to Salla' },
	postReceive: [unwrapData],
	fields: [
		itemsOrder,
		orderItem,
		updateFields(itemDetails(false)),
	],
});
