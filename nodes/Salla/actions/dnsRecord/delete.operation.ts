import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { dnsRecord } from './shared';

/** DELETE /dns-records/{dns_id}: Salla answers with a bare message; the output says what was deleted. */
export const deleteRecord = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a DNS record of the store\'s domain',
	action: 'Delete a DNS record',
	method: 'DELETE',
	path: '/dns-records/{dnsRecord}',
	scope: 'dns-records.read_write',
	postReceive: [deletedRecord(dnsRecord)],
	fields: [dnsRecord],
});
