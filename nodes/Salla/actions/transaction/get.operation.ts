import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { transaction } from './shared';

/** GET /transactions/{transaction_id}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a payment transaction with its customer, card and references',
	action: 'Get a transaction',
	method: 'GET',
	path: '/transactions/{transaction_id}',
	scope: 'transactions.read',
	postReceive: [unwrapData],
	fields: [transaction],
});
