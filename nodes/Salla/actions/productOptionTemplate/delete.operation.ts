import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { template } from './shared';

/** DELETE /products/options/templates/{id}: Salla answers 202 with a message. */
export const deleteTemplate = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete an option template',
	action: 'Delete an option template',
	method: 'DELETE',
	path: '/products/options/templates/{template}',
	scope: 'products.read_write',
	postReceive: [deletedRecord(template)],
	fields: [template],
});
