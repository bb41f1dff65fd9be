import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { transaction } from './shared';

/** POST /transactions/{transaction_id}/print: Salla prepares the invoice PDF and answers `data{url}`. */
async function outputUrl(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = ((response.body as IDataObject | undefined)?.data ?? {}) as IDataObject;
	return [{ json: { transaction_id: readRecordId(this, transaction), ...data } }];
}

export const printInvoice = defineOperation({
	value: 'printInvoice',
	name: 'Print Invoice',
	description: 'Create the payment\'s invoice as a PDF and get its link',
	action: 'Print a transaction invoice',
	method: 'POST',
	path: '/transactions/{transaction_id}/print',
	scope: 'transactions.read_write',
	postReceive: [outputUrl],
	fields: [transaction],
});
