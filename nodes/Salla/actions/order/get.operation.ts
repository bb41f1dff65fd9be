import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { order } from './shared';
import { simplifyField, simplifyOrders } from './simplify';

/** GET /orders/{order}: the order's details; Light Format leaves out shipments, items and branch. */

async function sendFormat(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	if (this.getNodeParameter('lightFormat', false) === true) {
		requestOptions.qs = { ...requestOptions.qs, format: 'light' };
	}
	return requestOptions;
}

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get an order\'s details: status, amounts, customer, items, shipping',
	action: 'Get an order',
	method: 'GET',
	path: '/orders/{order}',
	scope: 'orders.read',
	postReceive: [simplifyOrders, unwrapData],
	fields: [
		order,
		{
			displayName: 'Light Format',
			name: 'lightFormat',
			type: 'boolean',
			default: false,
			description: 'Whether to get a lighter answer without shipments, items, pickup branch and customer groups',
			routing: { send: { preSend: [sendFormat] } },
		},
		simplifyField,
	],
});
