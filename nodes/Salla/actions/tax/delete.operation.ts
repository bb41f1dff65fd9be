import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { taxLocator } from './shared';

/** DELETE /taxes/{tax}: Salla answers with a message; the output says what was deleted. */
export const deleteTax = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a tax rate',
	action: 'Delete a tax',
	method: 'DELETE',
	path: '/taxes/{tax}',
	scope: 'taxes.read_write',
	postReceive: [deletedRecord(taxLocator)],
	fields: [taxLocator],
});
