import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { invoice } from './shared';

/** GET /orders/invoices/{invoice}: an invoice with its items, amounts and QR code. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get an invoice or credit note with its items, amounts and QR code',
	action: 'Get an invoice',
	method: 'GET',
	path: '/orders/invoices/{invoice}',
	scope: 'orders.read',
	postReceive: [unwrapData],
	fields: [invoice],
});
