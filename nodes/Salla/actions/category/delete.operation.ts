import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { category } from './shared';

/** DELETE /categories/{category}: Salla answers with a bare message; the output says what was deleted. */
export const deleteCategory = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a category',
	action: 'Delete a category',
	method: 'DELETE',
	path: '/categories/{category}',
	scope: 'categories.read_write',
	postReceive: [deletedRecord(category)],
	fields: [category],
});
