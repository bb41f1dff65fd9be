/**
 * Branch → Get Many and Get, and the branch picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectApiError, expectNotSent, listPicker, pageWithLinks, requestedPaths } from '../helpers/fixtures';

const fromList = listPicker('Main');

const page = pageWithLinks([]);

const main = {
	id: 1846327032,
	name: 'Main branch',
	status: 'active',
	location: { lat: '30.0778', lng: '31.2852' },
	contacts: { phone: '+966508265874', whatsapp: '+966508265874', telephone: '012526886' },
	working_hours: [{ name: 'السبت', times: [{ from: '09:00', to: '23:55' }] }],
	is_default: true,
	type: 'branch',
	country: { id: 1723506348, name: 'مصر' },
	city: { id: 1355786303, name: 'CAIRO' },
};

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Branch → Get Many', () => {
	test('Return All outputs every branch as Salla sends it', async () => {
		salla('get', '/branches?page=1&per_page=60', 200, page([main, { id: 2, name: 'Warehouse' }], 1, 1));

		const { items, error } = await runSalla({ resource: 'branch', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/branches?page=1&per_page=60']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([
			{ json: main, pairedItem: { item: 0 } },
			{ json: { id: 2, name: 'Warehouse' }, pairedItem: { item: 0 } },
		]);
	});

	test('search, branch code and default-branch filters reach the query string', async () => {
		salla('get', /\/admin\/v2\/branches\?.*/, 200, page([main], 1, 1));
		await runSalla({
			resource: 'branch',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			filters: { keyword: 'Main Branch', branch_code: ' A12312 ', is_default: '1' },
		});
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/branches?branch_code=A12312&is_default=1&keyword=Main%20Branch&page=1&per_page=10',
		]);
	});

	test('Other Branches Only sends is_default=0', async () => {
		salla('get', '/branches?is_default=0&page=1&per_page=60', 200, page([], 1, 1));
		await runSalla({ resource: 'branch', operation: 'getAll', returnAll: true, filters: { is_default: '0' } });
		expect(requestedPaths()).toEqual(['GET /admin/v2/branches?is_default=0&page=1&per_page=60']);
	});

	test('a default-branch value from an expression that is not a choice sends nothing', async () => {
		await expectNotSent({ resource: 'branch', operation: 'getAll', returnAll: true, filters: { is_default: '={{ "yes" }}' } }, 'Default Branch: "yes" is not one of the choices');
	});
});

describe('Branch → Get', () => {
	test('sends GET to the branch and outputs it', async () => {
		salla('get', '/branches/1846327032', 200, { status: 200, success: true, data: main });
		const { items, error } = await runSalla({ resource: 'branch', operation: 'get', branch: fromList('1846327032') });
		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/branches/1846327032']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: main, pairedItem: { item: 0 } }]);
	});

	test('a branch ID that is not a number sends nothing', async () => {
		const { error } = await runSalla({ resource: 'branch', operation: 'get', branch: byId('={{ "main" }}') });
		expect(error?.message).toBe('Branch: "main" is not a branch ID');
		expect(error?.description).toBe('Choose the branch from the list, or give its ID: a whole number such as 1846327032.');
		expect(received).toEqual([]);
	});

	test('a missing branch is a clear 404', async () => {
		salla('get', '/branches/3', 404, { success: false, status: 404, error: { code: 404, message: 'The content you are trying to access is no longer available' } });
		const { error } = await runSalla({ resource: 'branch', operation: 'get', branch: byId('3') });
		expectApiError(error, '404', 'Salla could not find what this operation refers to (404)');
	});
});

describe('Branch picker', () => {
	test('searches Salla by keyword and offers the next page', async () => {
		salla('get', '/branches?page=1&per_page=60&keyword=main', 200, page([main], 1, 2));
		const { result } = await callMethod('listSearch', 'searchBranches', { resource: 'branch', operation: 'get' }, ['main']);
		expect(result).toEqual({ results: [{ name: 'Main branch', value: '1846327032', url: undefined }], paginationToken: '2' });
	});
});
