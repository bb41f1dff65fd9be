import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { dataWithFacts } from '../../common/output';
import { transaction } from './shared';

/** POST /transactions/{transaction_id}/print: Salla prepares the invoice PDF and answers `data{url}`. */
export const printInvoice = defineOperation({
	value: 'printInvoice',
	name: 'Print Invoice',
	description: 'Create the payment\'s invoice as a PDF and get its link',
	action: 'Print a transaction invoice',
	method: 'POST',
	path: '/transactions/{transaction_id}/print',
	scope: 'transactions.read_write',
	postReceive: [dataWithFacts((context) => ({ transaction_id: readRecordId(context, transaction) }))],
	fields: [transaction],
});
