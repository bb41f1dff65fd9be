import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { shippingCompany } from './shared';

/** DELETE /shipping/companies/{company_id}: Salla answers with a bare message; the output says what was deleted. */
export const deleteCompany = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a custom shipping company',
	action: 'Delete a shipping company',
	method: 'DELETE',
	path: '/shipping/companies/{company_id}',
	scope: 'shipping.read_write',
	postReceive: [deletedRecord(shippingCompany)],
	fields: [shippingCompany],
});
