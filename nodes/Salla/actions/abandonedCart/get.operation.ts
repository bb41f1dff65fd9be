import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { cart } from './shared';

/** GET /carts/abandoned/{cart-id} (Salla's placeholder name; filled from the Abandoned Cart field). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get an abandoned cart with its customer, items, totals and checkout link',
	action: 'Get an abandoned cart',
	method: 'GET',
	path: '/carts/abandoned/{cart}',
	scope: 'carts.read',
	postReceive: [unwrapData],
	fields: [cart],
});
