// Payment (/payment/methods, /payment/banks): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, fixture, page, readsOne, readsPage } from '../../harness/salla-answers.mjs';

// Salla's Available Payment Methods example, and a bank account (the bank pages give only a schema:
// id, bank_name, account_name, status); the unit tests' too: test/fixtures/payment.json
const { methods: [CARD, MADA], bank: BANK } = fixture('payment');

export const operations = [
	readsOne('getBank', { bank_id: byId(BANK.id) }, `/payment/banks/${BANK.id}`, BANK),
	readsPage('getBanks', { returnAll: true, filters: { status: 'active' } }, firstPage('/payment/banks', { status: 'active' }), [BANK]),
	readsPage('getMethods', { returnAll: true, enabledOnly: true }, firstPage('/payment/methods', { status: 'enabled' }), [CARD, MADA]),
];

export const pickers = [
	{
		// the banks list takes no search term: the picker filters the page on the bank's and holder's names
		method: 'searchBanks',
		parameters: { resource: 'payment', operation: 'getBank' },
		path: 'bank_id',
		filter: 'rajhi',
		request: firstPage('/payment/banks'),
		answer: page([BANK, { id: 2, bank_name: 'Saudi National Bank', account_name: 'Salla Store LLC', status: 'active' }]),
		results: [{ name: 'Al Rajhi Bank · Salla Store LLC', value: String(BANK.id) }],
	},
	{
		// Special Offer names payment methods by ID (Customer Buys → Payment Method Names or IDs)
		method: 'getPaymentMethodIds',
		parameters: { resource: 'specialOffer', operation: 'create', buy: {} },
		path: 'buy.payment_methods',
		request: firstPage('/payment/methods'),
		answer: page([CARD, MADA]),
		results: [
			{ name: 'creditCard', value: CARD.id, description: 'Slug: credit_card' },
			{ name: 'mada', value: MADA.id, description: 'Slug: mada' },
		],
	},
];
