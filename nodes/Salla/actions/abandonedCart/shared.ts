import type { IDataObject } from 'n8n-workflow';

import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';

export const cart = recordLocator({
	name: 'cart',
	displayName: 'Abandoned Cart',
	noun: 'cart',
	example: '1563287461',
	// Salla's keyword searches abandoned carts by customer ID or mobile number.
	search: searchList('searchAbandonedCarts', {
		path: '/carts/abandoned',
		keyword: true,
		name: (cart) => {
			const customer = cart.customer as IDataObject | undefined;
			const total = cart.total as IDataObject | undefined;
			const who = typeof customer?.name === 'string' && customer.name ? ` · ${customer.name}` : '';
			const amount = total?.amount !== undefined ? ` · ${String(total.amount)} ${String(total.currency ?? '')}`.trimEnd() : '';
			return `#${String(cart.id)}${who}${amount}`;
		},
	}),
});
