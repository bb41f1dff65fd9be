import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { customer } from './shared';

/** DELETE /customers/{customer}: Salla answers with a bare message; the output says who was deleted. */
export const deleteCustomer = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a customer from the store',
	action: 'Delete a customer',
	method: 'DELETE',
	path: '/customers/{customer}',
	scope: 'customers.read_write',
	postReceive: [deletedRecord(customer)],
	fields: [customer],
});
