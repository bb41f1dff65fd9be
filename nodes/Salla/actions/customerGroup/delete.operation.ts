import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { group } from './shared';

/** DELETE /customers/groups/{group}: Salla answers with a bare message; the output says what was deleted. */
export const deleteGroup = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a customer group; its customers stay in the store',
	action: 'Delete a customer group',
	method: 'DELETE',
	path: '/customers/groups/{group}',
	scope: 'customers.read_write',
	postReceive: [deletedRecord(group)],
	fields: [group],
});
