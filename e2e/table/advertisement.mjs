// Advertisement (/advertisements): each operation once inside n8n; the row format is in e2e/operations.e2e.test.mjs.
import { byId, firstPage, fixture, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

// as Get Advertisement's example answers: the link's kind and ID, a style, the expiry as a date object
// (test/fixtures/advertisement.json)
const AD = fixture('advertisement').ad;
const advertisements_id = byId(AD.id);
// the ad Update makes of it: a sale opening an external link, on two pages
const SALE = { type: { name: 'external_link', link: 'https://example.com/sale' }, pages: ['home', 'cart'] };
const SUMMER_SALE = { ...AD, title: 'Summer sale', description: 'Up to 50% off', ...SALE };
// another ad, which the picker's search for "delivery" leaves out
const EID_GIFTS = { ...AD, id: 1549230939, title: 'Eid gifts' };

export const operations = [
	{
		operation: 'create',
		parameters: {
			title: AD.title,
			ad_description: AD.description,
			link_type: 'product',
			link_product: byId(1261174103),
			expire_date: '2099-12-31T00:00:00',
			pages: ['all'],
		},
		request: {
			method: 'POST',
			path: '/advertisements',
			body: { title: AD.title, description: AD.description, type: { name: 'product', id: 1261174103 }, expire_date: '2099-12-31', pages: ['all'] },
		},
		answer: ok(AD, 201),
		output: [AD],
	},
	{
		operation: 'delete',
		parameters: { advertisements_id },
		request: { method: 'DELETE', path: `/advertisements/${AD.id}` },
		answer: removed(),
		output: [{ id: AD.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { advertisements_id }, `/advertisements/${AD.id}`, AD),
	readsPage('getAll', { returnAll: true }, firstPage('/advertisements'), [AD]),
	{
		operation: 'update',
		parameters: {
			advertisements_id,
			title: 'Summer sale',
			ad_description: 'Up to 50% off',
			link_type: 'external_link',
			link_url: 'https://example.com/sale',
			expire_date: '2099-08-31T00:00:00',
			pages: ['home', 'cart'],
		},
		request: {
			method: 'PUT',
			path: `/advertisements/${AD.id}`,
			body: { title: 'Summer sale', description: 'Up to 50% off', ...SALE, expire_date: '2099-08-31' },
		},
		answer: ok(SUMMER_SALE),
		output: [SUMMER_SALE],
	},
];

export const pickers = [
	{
		method: 'searchAdvertisements',
		parameters: { resource: 'advertisement', operation: 'get' },
		path: 'advertisements_id',
		filter: 'delivery',
		request: firstPage('/advertisements'),
		answer: page([AD, EID_GIFTS]),
		results: [{ name: AD.title, value: String(AD.id) }],
	},
];
