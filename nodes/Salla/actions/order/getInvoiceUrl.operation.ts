import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { dataWithFacts } from '../../common/output';
import { order } from './shared';

/** POST /orders/{order}/print-invoice: Salla prepares the invoice and answers `data{url}`. */

export const getInvoiceUrl = defineOperation({
	value: 'getInvoiceUrl',
	name: 'Get Invoice URL',
	description: 'Create the order\'s printable invoice and get its link',
	action: 'Get an order\'s invoice URL',
	method: 'POST',
	path: '/orders/{order}/print-invoice',
	scope: 'orders.read_write',
	postReceive: [dataWithFacts((context) => ({ order_id: readRecordId(context, order) }))],
	fields: [order],
});
