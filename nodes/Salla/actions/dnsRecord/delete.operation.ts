import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { dnsRecord } from './shared';

/** DELETE /dns-records/{dns_id}: Salla answers with a bare message; the output says what was deleted. */
export const deleteRecord = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a DNS record of the store\'s domain',
	action: 'Delete a DNS record',
	method: 'DELETE',
	path: '/dns-records/{dns_id}',
	scope: 'dns-records.read_write',
	postReceive: [describeOutcome((context) => ({ id: readRecordId(context, dnsRecord), deleted: true }))],
	fields: [dnsRecord],
});
