import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { advertisement } from './shared';

/** DELETE /advertisements/{advertisements_id}: Salla answers 202 with a bare message. */
export const deleteAdvertisement = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete an ad',
	action: 'Delete an advertisement',
	method: 'DELETE',
	path: '/advertisements/{advertisements_id}',
	scope: 'marketing.read_write',
	postReceive: [deletedRecord(advertisement)],
	fields: [advertisement],
});
