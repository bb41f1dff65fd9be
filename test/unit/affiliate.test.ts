/**
 * Affiliate → Get Many, Get, Get Links, Create and Update (Salla's new affiliate system), Delete.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent, pageWithLinks } from '../helpers/fixtures';
import affiliate from '../fixtures/affiliate.json';

const page = pageWithLinks([]);
// an affiliate of Salla's new system, shared with the e2e table
const link = affiliate.ramadan;
const sent = () => received.map((request) => [request.method, request.path, request.body]);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Affiliate → Get Many, Get, Get Links, Delete', () => {
	test('Get Many walks every page', async () => {
		salla('get', '/affiliates?page=1&per_page=60', 200, page([link], 1, 2));
		salla('get', '/affiliates?page=2&per_page=60', 200, page([{ id: 2 }], 2, 2));
		const { items, error } = await runSalla({ resource: 'affiliate', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items.map((item) => item.json)).toEqual([link, { id: 2 }]);
	});

	test('Get outputs the affiliate', async () => {
		salla('get', '/affiliates/611208326', 200, { status: 200, success: true, data: link });
		const { items } = await runSalla({ resource: 'affiliate', operation: 'get', affiliates_id: byId('611208326') });
		expect(sent()).toEqual([['GET', '/admin/v2/affiliates/611208326', undefined]]);
		expect(items).toEqual([{ json: link, pairedItem: { item: 0 } }]);
	});

	test('Get Links lists the marketers\' links of the affiliate', async () => {
		const marketer = { id: 611208326, status: 'active', marketer: { id: 611208326, name: 'Affiliater name' }, link: 'https://mtjr.at/CODE' };
		salla('get', '/affiliates/611208326/links?page=1&per_page=5', 200, page([marketer], 1, 1));
		const { items } = await runSalla({ resource: 'affiliate', operation: 'getLinks', affiliates_id: byId('611208326'), returnAll: false, limit: 5 });
		expect(sent()).toEqual([['GET', '/admin/v2/affiliates/611208326/links?page=1&per_page=5', undefined]]);
		expect(items).toEqual([{ json: marketer, pairedItem: { item: 0 } }]);
	});

	test('Delete says which affiliate was deleted; a missing one is Salla\'s 404', async () => {
		salla('delete', '/affiliates/611208326', 200, { status: 202, success: true, data: { message: 'The affiliate has been removed successfully', code: 202 } });
		const { items } = await runSalla({ resource: 'affiliate', operation: 'delete', affiliates_id: byId('611208326') });
		expect(items).toEqual([{ json: { id: 611208326, deleted: true, message: 'The affiliate has been removed successfully' }, pairedItem: { item: 0 } }]);

		salla('delete', '/affiliates/5', 404, { status: 404, success: false, error: { code: 'error', message: 'المحتوى الذي تحاول الوصول اليه غير متوفر' } });
		const { error } = await runSalla({ resource: 'affiliate', operation: 'delete', affiliates_id: byId('5') });
		expect(error?.message).toBe('Salla could not find what this operation refers to (404)');
	});

	test('the picker names affiliates by title (or marketer on the old system)', async () => {
		salla('get', '/affiliates?page=1&per_page=60', 200, page([link, { id: 7, marketer_name: 'User Name', code: 'afl11' }], 1, 1));
		const { result } = await callMethod('listSearch', 'searchAffiliates', { resource: 'affiliate', operation: 'get' }, ['user']);
		expect(result).toEqual({ results: [{ name: 'User Name', value: '7', url: undefined }], paginationToken: undefined });
	});
});

describe('Affiliate → Create', () => {
	const create = (parameters: Record<string, unknown>) => ({
		resource: 'affiliate',
		operation: 'create',
		...affiliate.create,
		scopes: { scope: [{ type: 'product', id: '1234567', include: 'include' }, { type: 'category', id: 283675303, include: 'exclude' }] },
		...parameters,
	});

	test('sends Salla\'s new affiliate body and outputs the created link', async () => {
		salla('post', '/affiliates', 200, { status: 200, success: true, data: link });
		const { items, error } = await runSalla(create({ additionalFields: { minimum_apply: 80, start_date: '2026-01-01T00:00:00', end_date: '2026-01-31T00:00:00' } }));
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			[
				'POST',
				'/admin/v2/affiliates',
				{
					title: 'Ramadan influencers',
					type: 'private',
					apply_to: 'first-order',
					commission: { type: 'percent', value: 15, minimum_apply: 80 },
					discount: { type: 'fixed', value: 20 },
					scopes: [
						{ type: 'product', id: 1234567, operation: 'include' },
						{ type: 'category', id: 283675303, operation: 'exclude' },
					],
					start_date: '2026-01-01',
					end_date: '2026-01-31',
				},
			],
		]);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(items).toEqual([{ json: link, pairedItem: { item: 0 } }]);
	});

	test.each([
		['no title', { title: '={{ "" }}' }, 'Title is empty'],
		['a commission over 100%', { commission_value: 150 }, 'Commission: 150% is more than 100%'],
		['no scopes', { scopes: {} }, 'Scopes is empty'],
		['a scope ID that is not a number', { scopes: { scope: [{ type: 'product', id: 'shoes' }] } }, 'Scopes, scope 1: ID: "shoes" is not an ID'],
		['dates upside down', { additionalFields: { start_date: '2026-02-01', end_date: '2026-01-01' } }, 'End Date (2026-01-01) is before Start Date (2026-02-01)'],
	])('%s sends nothing', async (_case, parameters, message) => expectNotSent(create(parameters), message));

	test('Salla\'s 422 is mapped with its fields', async () => {
		salla('post', '/affiliates', 422, { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { start_date: ['حقل تاريخ البداية مطلوب.'] } } });
		const { error } = await runSalla(create({}));
		expect(error?.message).toBe('Salla rejected the data (422): start_date: حقل تاريخ البداية مطلوب.');
	});
});

describe('Affiliate → Update', () => {
	const update = (updateFields: Record<string, unknown>) => ({ resource: 'affiliate', operation: 'update', affiliates_id: byId('611208326'), updateFields });

	test('sends only what is set; a commission goes whole, type and value', async () => {
		salla('put', '/affiliates/611208326', 200, { status: 200, success: true, data: link });
		const { items, error } = await runSalla(update({ title: 'Eid', commission_type: 'fixed', commission_value: 20 }));
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['PUT', '/admin/v2/affiliates/611208326', { title: 'Eid', commission: { type: 'fixed', value: 20 } }]]);
		expect(items).toEqual([{ json: link, pairedItem: { item: 0 } }]);
	});

	test.each([
		// the other half would otherwise be the field's default: a fixed commission turned into a percentage
		['a commission without its type', { commission_value: 20 }, 'Commission Type is empty'],
		['a commission type without its value', { commission_type: 'fixed' }, 'Commission is empty'],
		['a discount type without its value', { discount_type: 'fixed' }, 'Discount is empty'],
	])('%s sends nothing', async (_case, updateFields, message) => {
		const { error } = await runSalla(update(updateFields));
		expect(error?.message).toBe(message);
		expect(error?.description).toMatch(/Salla replaces the (commission|discount) whole/);
		expect(received).toEqual([]);
	});

	test('nothing set sends nothing', async () => {
		const { error } = await runSalla(update({}));
		expect(error?.message).toBe('Nothing to update');
		expect(received).toEqual([]);
	});
});
