import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
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
	postReceive: [describeOutcome((context) => ({ id: readRecordId(context, branch), deleted: true }))],
	fields: [branch],
});
