// Special Offer (/specialoffers): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, ok, page, removed } from '../../harness/salla-answers.mjs';

const OFFER = { id: 1935541690, name: 'Buy 3 get 1', status: 'active' };
const specialoffer = byId(OFFER.id);
const BUY_X_GET_Y = {
	name: 'Buy 3 get 1',
	applied_channel: 'browser',
	offer_type: 'buy_x_get_y',
	applied_to: 'product',
	expiry_date: '2099-06-30T00:00:00',
	buy: { type: 'product', quantity: 3, products: [892907448] },
	get: { type: 'product', discount_type: 'percentage', discount_amount: 100, quantity: 1, products: ['892907448'] },
};
// as Salla takes it: the expiry as a date, the products as IDs (numbers)
const SENT = { ...BUY_X_GET_Y, expiry_date: '2099-06-30', get: { ...BUY_X_GET_Y.get, products: [892907448] } };

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
		operation: 'delete',
		parameters: { specialoffer },
		request: { method: 'DELETE', path: `/specialoffers/${OFFER.id}` },
		answer: removed(),
		output: [{ id: OFFER.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	{
		operation: 'get',
		parameters: { specialoffer },
		request: { method: 'GET', path: `/specialoffers/${OFFER.id}` },
		answer: ok(OFFER),
		output: [OFFER],
	},
	{
		operation: 'getAll',
		parameters: { limit: 1 },
		request: { method: 'GET', path: '/specialoffers', query: { page: '1', per_page: '1' } },
		answer: page([OFFER]),
		output: [OFFER],
	},
	{
		operation: 'update',
		parameters: { specialoffer, ...BUY_X_GET_Y },
		request: { method: 'PUT', path: `/specialoffers/${OFFER.id}`, body: SENT },
		answer: ok(OFFER),
		output: [OFFER],
	},
];

export const pickers = [
	{
		method: 'searchSpecialOffers',
		parameters: { resource: 'specialOffer', operation: 'get' },
		path: 'specialoffer',
		filter: 'buy',
		request: { method: 'GET', path: '/specialoffers', query: { page: '1', per_page: '60' } },
		answer: page([OFFER]),
		results: [{ name: 'Buy 3 get 1', value: String(OFFER.id) }],
	},
];
