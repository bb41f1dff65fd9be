import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { order } from './shared';

/** POST /orders/{order}/print-invoice: Salla prepares the invoice and answers `data{url}`. */

async function outputUrl(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = ((response.body as IDataObject | undefined)?.data ?? {}) as IDataObject;
	return [{ json: { order_id: readRecordId(this, order), ...data } }];
}

export const getInvoiceUrl = defineOperation({
	value: 'getInvoiceUrl',
	name: 'Get Invoice URL',
	description: 'Create the order\'s printable invoice and get its link',
	action: 'Get an order\'s invoice URL',
	method: 'POST',
	path: '/orders/{order}/print-invoice',
	scope: 'orders.read_write',
	postReceive: [outputUrl],
	fields: [order],
});
