// Special Offer (/specialoffers): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, fixture, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

const OFFER = { id: 1935541690, name: 'Buy 3 get 1', status: 'active' };
const specialoffer = byId(OFFER.id);
// buy 3, get 1 free: the offer of the unit tests (test/fixtures/specialOffer.json)
const { buyXGetY: BUY_X_GET_Y } = fixture('specialOffer');
// as Salla takes it: the expiry as a date, the products as IDs (numbers)
const SENT = { ...BUY_X_GET_Y, expiry_date: '2099-06-30', get: { ...BUY_X_GET_Y.get, products: [892907448] } };
// 10% off for paying by credit card: an offer on a payment method names it by its ID
const CARD = { id: 1473353380, name: 'Credit Card', slug: 'credit_card' };
const CARD_OFFER = { id: 1935541691, name: 'Card week', status: 'active' };
const CARD_WEEK = { name: 'Card week', applied_channel: 'browser_and_application', offer_type: 'percentage', applied_to: 'paymentMethod', expiry_date: '2099-06-30T00:00:00' };
const CARD_WEEK_SENT = { ...CARD_WEEK, expiry_date: '2099-06-30' };
// 25 SAR off two categories, a 5% to 15% table on the whole order
const ABAYAS = { id: 1935541692, name: 'Abayas 25 off', status: 'active' };
const TIERS = { id: 1935541693, name: 'Buy more save more', status: 'active' };

export const operations = [
	{
		operation: 'changeStatus',
		parameters: { offer: specialoffer, status: 'inactive' },
		request: { method: 'PUT', path: `/specialoffers/${OFFER.id}/status`, body: { status: 'inactive' } },
		answer: ok({ ...OFFER, status: 'inactive' }),
		output: [{ id: OFFER.id, status: 'inactive', message: null }],
	},
	{
		operation: 'create',
		parameters: BUY_X_GET_Y,
		request: { method: 'POST', path: '/specialoffers', body: SENT },
		answer: ok(OFFER, 201),
		output: [OFFER],
	},
	{
		operation: 'create',
		parameters: {
			...CARD_WEEK,
			buy: { payment_methods: [CARD.id] },
			get: { discount_amount: 10 },
			additionalFields: { message: '10% off when you pay by card', min_purchase_amount: 100 },
		},
		request: {
			method: 'POST',
			path: '/specialoffers',
			body: {
				...CARD_WEEK_SENT,
				message: '10% off when you pay by card',
				min_purchase_amount: 100,
				buy: { payment_methods: [CARD.id] },
				get: { discount_amount: 10 },
			},
		},
		answer: ok(CARD_OFFER, 201),
		output: [CARD_OFFER],
	},
	{
		operation: 'create',
		parameters: {
			name: 'Abayas 25 off',
			applied_channel: 'browser',
			offer_type: 'fixed_amount',
			applied_to: 'category',
			expiry_date: '2099-06-30T00:00:00',
			buy: { type: 'category', categories: ['283675303', 283675304] },
			get: { discount_amount: 25 },
			additionalFields: { start_date: '2099-06-01T00:00:00', status: 'inactive' },
		},
		request: {
			method: 'POST',
			path: '/specialoffers',
			body: {
				name: 'Abayas 25 off',
				applied_channel: 'browser',
				offer_type: 'fixed_amount',
				applied_to: 'category',
				start_date: '2099-06-01',
				expiry_date: '2099-06-30',
				status: 'inactive',
				buy: { type: 'category', categories: [283675303, 283675304] },
				get: { discount_amount: 25 },
			},
		},
		answer: ok(ABAYAS, 201),
		output: [ABAYAS],
	},
	{
		operation: 'create',
		parameters: {
			name: 'Buy more save more',
			applied_channel: 'browser_and_application',
			offer_type: 'discounts_table',
			applied_to: 'order',
			expiry_date: '2099-06-30T00:00:00',
			discounts_table: {
				tier: [
					{ quantity: 3, discount_amount: 5 },
					{ quantity: 5, discount_amount: 15 },
				],
			},
		},
		request: {
			method: 'POST',
			path: '/specialoffers',
			body: {
				name: 'Buy more save more',
				applied_channel: 'browser_and_application',
				offer_type: 'discounts_table',
				applied_to: 'order',
				expiry_date: '2099-06-30',
				discounts_table: [
					{ quantity: 3, discount_amount: 5 },
					{ quantity: 5, discount_amount: 15 },
				],
			},
		},
		answer: ok(TIERS, 201),
		output: [TIERS],
	},
	{
		operation: 'delete',
		parameters: { specialoffer },
		request: { method: 'DELETE', path: `/specialoffers/${OFFER.id}` },
		answer: removed(),
		output: [{ id: OFFER.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { specialoffer }, `/specialoffers/${OFFER.id}`, OFFER),
	readsPage('getAll', { limit: 1 }, firstPage('/specialoffers', {}, 1), [OFFER]),
	{
		operation: 'update',
		parameters: { specialoffer, ...BUY_X_GET_Y },
		request: { method: 'PUT', path: `/specialoffers/${OFFER.id}`, body: SENT },
		answer: ok(OFFER),
		output: [OFFER],
	},
	{
		// Card week, now 15% and for Mada too: Update sends the whole offer, as Create does
		operation: 'update',
		parameters: {
			specialoffer: byId(CARD_OFFER.id),
			...CARD_WEEK,
			buy: { payment_methods: [CARD.id, 1298199463] },
			get: { discount_amount: 15 },
		},
		request: {
			method: 'PUT',
			path: `/specialoffers/${CARD_OFFER.id}`,
			body: { ...CARD_WEEK_SENT, buy: { payment_methods: [CARD.id, 1298199463] }, get: { discount_amount: 15 } },
		},
		answer: ok(CARD_OFFER),
		output: [CARD_OFFER],
	},
];

export const pickers = [
	{
		method: 'searchSpecialOffers',
		parameters: { resource: 'specialOffer', operation: 'get' },
		path: 'specialoffer',
		filter: 'buy',
		request: firstPage('/specialoffers'),
		answer: page([OFFER]),
		results: [{ name: 'Buy 3 get 1', value: String(OFFER.id) }],
	},
	{
		method: 'getPaymentMethodIds',
		parameters: { resource: 'specialOffer', operation: 'create', applied_to: 'paymentMethod', buy: {} },
		path: 'buy.payment_methods',
		request: firstPage('/payment/methods'),
		answer: ok([CARD, { id: 1298199463, name: 'Mada', slug: 'mada' }]),
		results: [
			{ name: 'Credit Card', value: CARD.id, description: 'Slug: credit_card' },
			{ name: 'Mada', value: 1298199463, description: 'Slug: mada' },
		],
	},
];
