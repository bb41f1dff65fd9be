import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { orderOption } from './shared';

/** DELETE /orders/options/{id}: Salla answers with a message only. */
export const deleteOption = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete an order option; checkout no longer asks for it',
	action: 'Delete an order option',
	method: 'DELETE',
	path: '/orders/options/{id}',
	scope: 'orders.read_write',
	postReceive: [deletedRecord(orderOption)],
	fields: [orderOption],
});
