import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
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
	postReceive: [describeOutcome((context) => ({ id: readRecordId(context, orderOption), deleted: true }))],
	fields: [orderOption],
});
