import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { affiliate } from './shared';

/** DELETE /affiliates/{affiliates_id}: Salla answers with a bare message. */
export const deleteAffiliate = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete an affiliate link',
	action: 'Delete an affiliate',
	method: 'DELETE',
	path: '/affiliates/{affiliates_id}',
	scope: 'marketing.read_write',
	postReceive: [deletedRecord(affiliate)],
	fields: [affiliate],
});
