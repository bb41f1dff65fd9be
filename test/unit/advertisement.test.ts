/**
 * Advertisement → Get Many, Get, Create, Update (the whole ad) and Delete, and the ad picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent } from '../helpers/fixtures';
import advertisement from '../fixtures/advertisement.json';

// Salla's answer, shared with the e2e table
const { ad } = advertisement;
const ok = (data: unknown) => ({ status: 200, success: true, data });
const sent = () => received.map((request) => [request.method, request.path, request.body]);
const fields = (parameters: Record<string, unknown>) => ({
	title: 'Adv Title',
	ad_description: 'Adv Description',
	link_type: 'product',
	link_product: { __rl: true, mode: 'list', value: '1261174103', cachedResultName: 'Shoes' },
	expire_date: '2099-12-31T00:00:00',
	pages: ['cart', 'product'],
	...parameters,
});

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Advertisement → Create', () => {
	test('an ad opening a product sends type{name, id}', async () => {
		salla('post', '/advertisements', 200, ok(ad));
		const { items, error } = await runSalla({ resource: 'advertisement', operation: 'create', ...fields({}) });
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			[
				'POST',
				'/admin/v2/advertisements',
				{
					title: 'Adv Title',
					description: 'Adv Description',
					type: { name: 'product', id: 1261174103 },
					expire_date: '2099-12-31',
					pages: ['cart', 'product'],
				},
			],
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: ad, pairedItem: { item: 0 } }]);
	});

	test.each([
		['an external link', { link_type: 'external_link', link_url: 'https://example.com/sale' }, { name: 'external_link', link: 'https://example.com/sale' }],
		['a page', { link_type: 'page', link_page: '77' }, { name: 'page', id: 77 }],
		['a category', { link_type: 'category', link_category: byId('1032561074') }, { name: 'category', id: 1032561074 }],
		['no link', { link_type: 'without_url' }, { name: 'without_url' }],
	])('an ad opening %s sends its type', async (_case, parameters, type) => {
		salla('post', '/advertisements', 200, ok(ad));
		await runSalla({ resource: 'advertisement', operation: 'create', ...fields(parameters) });
		expect((received[0].body as Record<string, unknown>).type).toEqual(type);
	});

	test.each([
		['no title', { title: '={{ "" }}' }, 'Title is empty'],
		['no text', { ad_description: '={{ " " }}' }, 'Text is empty'],
		['a product ad without its product', { link_product: byId('={{ "" }}') }, 'Product is empty'],
		['an external link that is not a web address', { link_type: 'external_link', link_url: 'sale' }, 'Link URL: "sale" is not a web address'],
		['an expiry in the past', { expire_date: '2020-01-01T00:00:00' }, 'Expiry Date (2020-01-01) is in the past'],
		['no pages', { pages: [] }, 'Show On is empty'],
	])('%s sends nothing', async (_case, parameters, message) => expectNotSent({ resource: 'advertisement', operation: 'create', ...fields(parameters) }, message));

	test('Salla\'s 422 is mapped with its fields', async () => {
		salla('post', '/advertisements', 422, { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { 'type.id': ['id for product is invalid'] } } });
		const { error } = await runSalla({ resource: 'advertisement', operation: 'create', ...fields({}) });
		expect(error?.message).toBe('Salla rejected the data (422): type.id: id for product is invalid');
	});
});

describe('Advertisement → Get Many, Get, Update, Delete', () => {
	test('Get Many walks every page; Get outputs the ad', async () => {
		salla('get', '/advertisements?page=1&per_page=60', 200, { ...ok([ad]), pagination: { count: 1, total: 1, perPage: 60, currentPage: 1, totalPages: 1, links: [] } });
		salla('get', '/advertisements/1549230938', 200, ok(ad));
		const all = await runSalla({ resource: 'advertisement', operation: 'getAll', returnAll: true });
		const one = await runSalla({ resource: 'advertisement', operation: 'get', advertisements_id: byId('1549230938') });
		expect(sent()).toEqual([
			['GET', '/admin/v2/advertisements?page=1&per_page=60', undefined],
			['GET', '/admin/v2/advertisements/1549230938', undefined],
		]);
		expect(all.items).toEqual([{ json: ad, pairedItem: { item: 0 } }]);
		expect(one.items).toEqual([{ json: ad, pairedItem: { item: 0 } }]);
	});

	test('Update sends the whole ad to the picked ad', async () => {
		salla('put', '/advertisements/1549230938', 200, ok(ad));
		const { error } = await runSalla({ resource: 'advertisement', operation: 'update', advertisements_id: byId('1549230938'), ...fields({ pages: ['all'] }) });
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			[
				'PUT',
				'/admin/v2/advertisements/1549230938',
				{ title: 'Adv Title', description: 'Adv Description', type: { name: 'product', id: 1261174103 }, expire_date: '2099-12-31', pages: ['all'] },
			],
		]);
	});

	test('Delete says which ad was deleted; a missing ad is Salla\'s 404', async () => {
		salla('delete', '/advertisements/1549230938', 202, { status: 202, success: true, data: { message: 'The advertisement has been removed successfully', code: 202 } });
		const { items } = await runSalla({ resource: 'advertisement', operation: 'delete', advertisements_id: byId('1549230938') });
		expect(items).toEqual([{ json: { id: 1549230938, deleted: true, message: 'The advertisement has been removed successfully' }, pairedItem: { item: 0 } }]);
		salla('delete', '/advertisements/5', 404, { status: 404, success: false, error: { code: 'error', message: 'Not found' } });
		const { error } = await runSalla({ resource: 'advertisement', operation: 'delete', advertisements_id: byId('5') });
		expect(error?.message).toBe('Salla could not find what this operation refers to (404)');
	});

	test('the picker filters the ads by title', async () => {
		salla('get', '/advertisements?page=1&per_page=60', 200, ok([ad, { id: 2, title: 'Eid sale' }]));
		const { result } = await callMethod('listSearch', 'searchAdvertisements', { resource: 'advertisement', operation: 'get' }, ['eid']);
		expect(result).toEqual({ results: [{ name: 'Eid sale', value: '2', url: undefined }], paginationToken: undefined });
	});
});
