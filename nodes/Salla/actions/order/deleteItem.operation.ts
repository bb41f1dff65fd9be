import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { itemsOrder, orderItem } from './items';

/** DELETE /orders/items/{item_id}: Salla answers with a message only. */
export const deleteItem = defineOperation({
	value: 'deleteItem',
	name: 'Delete Item',
	description: 'Remove a product line from an order',
	action: 'Delete an order item',
	method: 'DELETE',
	path: '/orders/items/{item_id}',
	scope: 'orders.read_write',
	postReceive: [describeOutcome((context) => ({ item_id: readRecordId(context, orderItem), deleted: true }))],
	fields: [itemsOrder, orderItem],
});
