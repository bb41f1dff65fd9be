import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { readRecordId, returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { order } from './shared';

/** GET /orders/items?order_id=: the order's items (products), one output item each. */

async function buildOrderId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	requestOptions.qs = { ...requestOptions.qs, order_id: readRecordId(this, order) };
	return requestOptions;
}

export const getItems = defineOperation({
	value: 'getItems',
	name: 'Get Items',
	description: 'Get the products of an order, with quantities, options and amounts',
	action: 'Get an order\'s items',
	method: 'GET',
	path: '/orders/items',
	scope: 'orders.read',
	list: true,
	preSend: [buildOrderId],
	fields: [order, ...returnAllLimit()],
});
