/**
 * Country → Get Many and Get, City → Get Many (the cities of a country), and the country picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const saudi = { id: 1473353380, name: 'السعودية', name_en: 'Saudi Arabia', code: 'SA', mobile_code: '+966', capital: 'Riyadh' };
const uae = { id: 566146469, name: 'الامارات', name_en: 'United Arab Emirates', code: 'AE', mobile_code: '+971', capital: 'Abu Dhabi' };
const page = (data: object[], currentPage: number, totalPages: number, extra: object = {}) => ({
	status: 200,
	success: true,
	data,
	...extra,
	pagination: { count: data.length, total: 0, perPage: 60, currentPage, totalPages, links: {} },
});
const requested = () => received.map((request) => `${request.method} ${request.path}`);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Country', () => {
	test('Get Many walks every page', async () => {
		salla('get', '/countries?page=1&per_page=60', 200, page([saudi], 1, 2));
		salla('get', '/countries?page=2&per_page=60', 200, page([uae], 2, 2));
		const { items, error } = await runSalla({ resource: 'country', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(requested()).toEqual(['GET /admin/v2/countries?page=1&per_page=60', 'GET /admin/v2/countries?page=2&per_page=60']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([saudi, uae].map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('Get sends GET to the country and outputs it', async () => {
		salla('get', '/countries/1473353380', 200, { success: true, status: 200, data: saudi });
		const { items } = await runSalla({ resource: 'country', operation: 'get', country: byId('1473353380') });
		expect(requested()).toEqual(['GET /admin/v2/countries/1473353380']);
		expect(items).toEqual([{ json: saudi, pairedItem: { item: 0 } }]);
	});

	test('Get: a country that is not an ID sends nothing; Salla\'s 404 is mapped', async () => {
		const bad = await runSalla({ resource: 'country', operation: 'get', country: byId('={{ "SA" }}') });
		expect(bad.error?.message).toBe('Country: "SA" is not a country ID');
		expect(received).toEqual([]);

		salla('get', '/countries/5', 404, { success: false, status: 404, error: { code: 404, message: 'The content you are trying to access is no longer available' } });
		const { error } = await runSalla({ resource: 'country', operation: 'get', country: byId('5') });
		expect(error?.message).toBe('Salla could not find what this operation refers to (404)');
	});

	test('the picker filters a page of countries by the English name', async () => {
		salla('get', '/countries?page=1&per_page=60', 200, page([saudi, uae], 1, 1));
		const { result } = await callMethod('listSearch', 'searchCountries', { resource: 'country', operation: 'get' }, ['emirates']);
		expect(result).toEqual({ results: [{ name: 'United Arab Emirates', value: '566146469', url: undefined }], paginationToken: undefined });
	});
});

describe('City → Get Many', () => {
	const riyadh = { id: 1473353380, name: 'Riyadh', name_en: 'Riyadh', country_id: 1473353380 };
	const jeddah = { id: 566146469, name: 'Jeddah', name_en: 'Jeddah', country_id: 1473353380 };

	test('lists the cities of the picked country, one item per city', async () => {
		salla('get', '/countries/1473353380/cities?page=1&per_page=2', 200, page([riyadh, jeddah], 1, 61, { country: { id: 1473353380, name: 'Saudi Arabia', code: 'SA' } }));
		const { items, error } = await runSalla({ resource: 'city', operation: 'getAll', country: byId('1473353380'), returnAll: false, limit: 2 });
		expect(error).toBeUndefined();
		expect(requested()).toEqual(['GET /admin/v2/countries/1473353380/cities?page=1&per_page=2']);
		expect(items).toEqual([riyadh, jeddah].map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('an empty country sends nothing', async () => {
		const { error } = await runSalla({ resource: 'city', operation: 'getAll', country: byId('={{ "" }}'), returnAll: true });
		expect(error?.message).toBe('Country is empty');
		expect(received).toEqual([]);
	});
});
