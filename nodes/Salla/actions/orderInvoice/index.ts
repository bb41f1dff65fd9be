import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

/**
 * Order invoices (`/orders/invoices`): tax invoices and credit notes. Printing an order's invoice and
 * sending it by e-mail are Order → Get Invoice URL and Send Invoice.
 *
 * Known limits: docs/resources/orderInvoice.md (its hand-written section).
 */
export const orderInvoice = defineResource({
	value: 'orderInvoice',
	name: 'Order Invoice',
	defaultOperation: getAll.value,
	operations: [create, get, getAll],
});
