import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';

/** The store's order invoices (`GET /orders/invoices`): tax invoices and credit notes. */
export const invoiceSearch = searchList('searchInvoices', {
	path: '/orders/invoices',
	name: (invoice) =>
		`${String(invoice.type ?? 'Invoice')} ${String(invoice.invoice_number ?? invoice.id)}${invoice.order_id ? ` · order ${String(invoice.order_id)}` : ''}`,
});

export const invoice = recordLocator({
	name: 'invoice',
	displayName: 'Invoice',
	noun: 'invoice',
	example: '673490471',
	search: invoiceSearch,
	description: 'The invoice: pick it from the list, or give its ID',
});
