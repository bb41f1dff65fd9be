import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

/**
 * Order invoices (`/orders/invoices`): tax invoices and credit notes. Printing an order's invoice and
 * sending it by e-mail are Order → Get Invoice URL and Send Invoice.
 *
 * Known limits: Create Invoice's page also names a `file` source (a PDF upload, per its 422 example)
 * but documents only a JSON body, so the node offers the PDF's address instead. List Invoices
 * documents its amounts as text (`"300.00"`) and Invoice Details as numbers; the node passes
 * Salla's answer on as it is.
 */
export const orderInvoice = defineResource({
	value: 'orderInvoice',
	name: 'Order Invoice',
	defaultOperation: getAll.value,
	operations: [create, get, getAll],
});
