// Affiliate (/affiliates): each operation once inside n8n; the row format is in e2e/operations.e2e.test.mjs.
import { byId, firstPage, fixture, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

// Salla's new affiliate system (Get Affiliate's example) and the Create fields that make it, shared with
// the unit tests (test/fixtures/affiliate.json); a link of a store still on the old one
const { ramadan: RAMADAN, create } = fixture('affiliate');
const OLD = { id: 420173522, code: 'afl11', marketer_name: 'Sara Ahmed', marketer_city: 'Medina', commission_type: 'fixed', amount: 20 };
const LINK = {
	id: 998877,
	status: 'active',
	marketer: { id: 5511, name: 'Sara Ahmed' },
	link: 'https://mtjr.at/SARA',
	statistics: { sales: { amount: 930.25, currency: 'SAR' }, visits: 11, profit: { amount: 263.16, currency: 'SAR' }, orders_count: 1 },
};
const affiliates_id = byId(RAMADAN.id);

export const operations = [
	{
		operation: 'create',
		parameters: {
			...create,
			scopes: { scope: [{ type: 'product', id: '1234567', include: 'include' }] },
			additionalFields: { minimum_apply: 100, start_date: '2099-03-01T00:00:00', end_date: '2099-03-31T00:00:00' },
		},
		request: {
			method: 'POST',
			path: '/affiliates',
			body: {
				title: 'Ramadan influencers',
				type: 'private',
				apply_to: 'first-order',
				commission: { type: 'percent', value: 15, minimum_apply: 100 },
				discount: { type: 'fixed', value: 20 },
				scopes: [{ type: 'product', id: 1234567, operation: 'include' }],
				start_date: '2099-03-01',
				end_date: '2099-03-31',
			},
		},
		answer: ok(RAMADAN, 201),
		output: [RAMADAN],
	},
	{
		operation: 'delete',
		parameters: { affiliates_id },
		request: { method: 'DELETE', path: `/affiliates/${RAMADAN.id}` },
		answer: removed(),
		output: [{ id: RAMADAN.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { affiliates_id }, `/affiliates/${RAMADAN.id}`, RAMADAN),
	readsPage('getAll', { returnAll: true }, firstPage('/affiliates'), [RAMADAN, OLD]),
	readsPage('getLinks', { affiliates_id, limit: 5 }, firstPage(`/affiliates/${RAMADAN.id}/links`, {}, 5), [LINK]),
	{
		operation: 'update',
		// a commission is sent whole: its type and value
		parameters: { affiliates_id, updateFields: { title: 'Eid influencers', commission_type: 'fixed', commission_value: 20 } },
		request: { method: 'PUT', path: `/affiliates/${RAMADAN.id}`, body: { title: 'Eid influencers', commission: { type: 'fixed', value: 20 } } },
		answer: ok({ ...RAMADAN, title: 'Eid influencers', commission: { type: 'fixed', value: 20, minimum_apply: 0 } }),
		output: [{ ...RAMADAN, title: 'Eid influencers', commission: { type: 'fixed', value: 20, minimum_apply: 0 } }],
	},
];

export const pickers = [
	{
		method: 'searchAffiliates',
		parameters: { resource: 'affiliate', operation: 'get' },
		path: 'affiliates_id',
		filter: 'sara',
		request: firstPage('/affiliates'),
		answer: page([RAMADAN, OLD]),
		// the old system's links have no title: named by their marketer
		results: [{ name: 'Sara Ahmed', value: String(OLD.id) }],
	},
];
