import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { bank } from './shared';

/** GET /payment/banks/{bank_id}. */
export const getBank = defineOperation({
	value: 'getBank',
	name: 'Get Bank',
	description: 'Get one of the store\'s bank accounts',
	action: 'Get a bank account',
	method: 'GET',
	path: '/payment/banks/{bank_id}',
	scope: 'payments.read',
	postReceive: [unwrapData],
	fields: [bank],
});
