import type { IDataObject } from 'n8n-workflow';

import { recordLocator } from '../../common/fields';
import { fullName, searchList } from '../../common/search';

/**
 * The transaction picker: the store's payments received (`GET /transactions`), searched by Salla's
 * keyword (the customer's name, mobile or e-mail), shown as "#id · customer · 121 SAR · paid".
 */
export const transactionSearch = searchList('searchTransactions', {
	path: '/transactions',
	keyword: true,
	name: (transaction) => {
		const customer = transaction.customer as IDataObject | undefined;
		const total = transaction.total as IDataObject | undefined;
		const status = (transaction.status as IDataObject | undefined)?.slug;
		return [
			`#${String(transaction.id)}`,
			customer ? fullName(customer) : '',
			total?.amount !== undefined ? `${String(total.amount)} ${String(total.currency ?? '')}`.trim() : '',
			typeof status === 'string' ? status : '',
		]
			.filter(Boolean)
			.join(' · ');
	},
});

export const transaction = recordLocator({
	name: 'transaction_id',
	displayName: 'Transaction',
	noun: 'transaction',
	example: '1924095294',
	search: transactionSearch,
	description: 'The payment: pick it from the list (searched by the customer\'s name, mobile or e-mail), or give its ID',
});
