import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { customer } from './shared';

/** DELETE /customers/blacklist/{customer}: Salla answers 202 with a bare message. */
export const unban = defineOperation({
	value: 'unban',
	name: 'Unban',
	description: 'Take a customer off the store\'s blacklist',
	action: 'Unban a customer',
	method: 'DELETE',
	path: '/customers/blacklist/{customer}',
	scope: 'customers.read_write',
	postReceive: [describeOutcome((context) => ({ id: readRecordId(context, customer), banned: false }))],
	fields: [customer],
});
