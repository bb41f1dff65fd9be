import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { branch } from './shared';

/** DELETE /branches/{branch}: Salla answers with a bare message; the output says what was deleted. */
export const deleteBranch = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a branch or warehouse',
	action: 'Delete a branch',
	method: 'DELETE',
	path: '/branches/{branch}',
	scope: 'branches.read_write',
	postReceive: [deletedRecord(branch)],
	fields: [branch],
});
