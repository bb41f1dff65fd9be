import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { allocation } from './shared';

/** DELETE /branches/allocation/{id}: Salla answers with a bare message; the output says what was deleted. */
export const deleteRule = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a branch allocation rule',
	action: 'Delete a branch allocation rule',
	method: 'DELETE',
	path: '/branches/allocation/{allocation_id}',
	scope: 'branches.read_write',
	postReceive: [deletedRecord(allocation)],
	fields: [allocation],
});
