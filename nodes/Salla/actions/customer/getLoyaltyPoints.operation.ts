import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { readRecordId, returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { customer } from './shared';

/**
 * GET /customers/loyalty/points?customer_id=: the history of one customer's loyalty points, one item
 * per entry, page by page. Works only in stores with Salla's Customer Loyalty app.
 */

async function sendCustomerId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	requestOptions.qs = { ...requestOptions.qs, customer_id: readRecordId(this, customer) };
	return requestOptions;
}

export const getLoyaltyPoints = defineOperation({
	value: 'getLoyaltyPoints',
	name: 'Get Loyalty Points',
	description: 'Get the history of a customer\'s loyalty points (needs the Customer Loyalty app)',
	action: 'Get a customer\'s loyalty points',
	method: 'GET',
	path: '/customers/loyalty/points',
	scope: 'customers.read',
	list: true,
	preSend: [sendCustomerId],
	fields: [customer, ...returnAllLimit()],
});
