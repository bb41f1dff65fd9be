// Abandoned Cart (/carts/abandoned): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, keywordSearch, page, readsOne, readsPage } from '../../harness/salla-answers.mjs';

const CART = { id: 1281329212, total: { amount: 250, currency: 'SAR' }, customer: { id: 447121768, name: 'Ahmed Ali' } };

export const operations = [
	readsOne('get', { cart: byId(CART.id) }, `/carts/abandoned/${CART.id}`, CART),
	readsPage('getAll', { limit: 1, filters: { keyword: '447121768' } }, firstPage('/carts/abandoned', { keyword: '447121768' }, 1), [CART]),
];

export const pickers = [
	{
		method: 'searchAbandonedCarts',
		parameters: { resource: 'abandonedCart', operation: 'get' },
		path: 'cart',
		filter: '447121768',
		request: keywordSearch('/carts/abandoned', '447121768'),
		answer: page([CART]),
		results: [{ name: `#${CART.id} · Ahmed Ali · 250 SAR`, value: String(CART.id) }],
	},
];
