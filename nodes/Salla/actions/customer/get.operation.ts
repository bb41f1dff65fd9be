import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { customer, DETAIL_EXTRA_FIELDS, extraFieldsField, sendExtraFields } from './shared';

/** GET /customers/{customer}: one customer, with the extra details asked for. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a customer\'s details',
	action: 'Get a customer',
	method: 'GET',
	path: '/customers/{customer}',
	scope: 'customers.read',
	preSend: [sendExtraFields('fields', DETAIL_EXTRA_FIELDS)],
	postReceive: [unwrapData],
	fields: [customer, extraFieldsField(DETAIL_EXTRA_FIELDS)],
});
