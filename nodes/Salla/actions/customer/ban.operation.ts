import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { requireText } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { customer } from './shared';

/** PUT /customers/blacklist/{customer} with the reason Salla requires. */

const reasonOf = (context: IExecuteSingleFunctions) =>
	requireText(context, 'Reason', context.getNodeParameter('reason', ''), 'Say why the customer is banned, for example "Untrusted customer".');

export const ban = defineOperation({
	value: 'ban',
	name: 'Ban',
	description: 'Put a customer on the store\'s blacklist',
	action: 'Ban a customer',
	method: 'PUT',
	path: '/customers/blacklist/{customer}',
	scope: 'customers.read_write',
	body() {
		return { reason: reasonOf(this) };
	},
	postReceive: [
		describeOutcome((context) => ({ id: readRecordId(context, customer), banned: true, reason: reasonOf(context) })),
	],
	fields: [
		customer,
		{
			displayName: 'Reason',
			name: 'reason',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Untrusted customer',
			description: 'Why the customer is banned (Salla requires it)',
		},
	],
});
