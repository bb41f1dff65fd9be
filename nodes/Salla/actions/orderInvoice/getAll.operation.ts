import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { optionalId } from '../../../shared/validate';
import { recordLocator, returnAllLimit } from '../../common/fields';
import { dateRangeFilters, filtersCollection } from '../../common/filters';
import { defineOperation } from '../../common/operation';
import { orderSearch } from '../order/shared';

/** GET /orders/invoices: the store's invoices, by issue date and order. */

async function sendOrder(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const orderId = optionalId(this, 'Order', this.getNodeParameter('filters.order_id', ''), '1557892161');
	if (orderId !== undefined) requestOptions.qs = { ...requestOptions.qs, order_id: orderId };
	return requestOptions;
}

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s invoices and credit notes, by date or order',
	action: 'Get many invoices',
	method: 'GET',
	path: '/orders/invoices',
	scope: 'orders.read',
	list: true,
	fields: [
		...returnAllLimit(),
		filtersCollection([
			...dateRangeFilters(
				{ name: 'from_date', displayName: 'From', description: 'Only invoices issued on or after this day' },
				{ name: 'to_date', displayName: 'To', description: 'Only invoices issued on or before this day' },
			),
			{
				...recordLocator({
					name: 'order_id',
					displayName: 'Order',
					noun: 'order',
					example: '1557892161',
					search: orderSearch,
					description: 'Only the invoices of this order',
					required: false,
				}),
				routing: { send: { preSend: [sendOrder] } },
			},
		]),
	],
});
