/**
 * Country → Get Many and Get, and the country picker.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectApiError, expectNotSent, expectSallaHeaders, listPicker, notFound, page, requestedPaths } from '../helpers/fixtures';

const saudi = { id: 1473353380, name: 'السعودية', name_en: 'Saudi Arabia', code: 'SA', mobile_code: '+966', capital: 'Riyadh' };
const uae = { id: 566146469, name: 'الامارات', name_en: 'United Arab Emirates', code: 'AE', mobile_code: '+971', capital: 'Abu Dhabi' };
const yemen = { id: 349994915, name: 'اليمن', name_en: 'Yemen', code: 'YE', mobile_code: '+967', capital: 'Sanaa' };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Country → Get Many', () => {
	test('Return All walks every page and outputs each country as Salla sends it', async () => {
		salla('get', '/countries?page=1&per_page=60', 200, page([saudi, uae], 1, 2));
		salla('get', '/countries?page=2&per_page=60', 200, page([yemen], 2, 2));

		const { items, error } = await runSalla({ resource: 'country', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/countries?page=1&per_page=60', 'GET /admin/v2/countries?page=2&per_page=60']);
		expectSallaHeaders(received[0].headers);
		expect(items).toEqual([saudi, uae, yemen].map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('Limit asks for just that many', async () => {
		salla('get', '/countries?page=1&per_page=1', 200, page([saudi], 1, 240));
		const { items } = await runSalla({ resource: 'country', operation: 'getAll', returnAll: false, limit: 1 });
		expect(requestedPaths()).toEqual(['GET /admin/v2/countries?page=1&per_page=1']);
		expect(items).toEqual([{ json: saudi, pairedItem: { item: 0 } }]);
	});
});

describe('Country → Get', () => {
	test('sends GET to the country and outputs it', async () => {
		salla('get', '/countries/1473353380', 200, { success: true, status: 200, data: saudi });

		const { items, error } = await runSalla({ resource: 'country', operation: 'get', country: listPicker('Saudi Arabia (SA)')('1473353380') });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/countries/1473353380']);
		expectSallaHeaders(received[0].headers);
		expect(items).toEqual([{ json: saudi, pairedItem: { item: 0 } }]);
	});

	test('a country code instead of an ID sends nothing', async () => {
		const { error } = await runSalla({ resource: 'country', operation: 'get', country: byId('={{ "SA" }}') });
		expect(error?.message).toBe('Country: "SA" is not a country ID');
		expect(error?.description).toBe('Choose the country from the list, or give its ID: a whole number such as 1473353380.');
		expect(received).toEqual([]);
	});

	test('an empty country sends nothing', async () => {
		await expectNotSent({ resource: 'country', operation: 'get', country: byId('={{ "" }}') }, 'Country is empty');
	});

	test('a country Salla does not know is a clear 404', async () => {
		salla('get', '/countries/7', 404, notFound);
		const { error } = await runSalla({ resource: 'country', operation: 'get', country: byId('7') });
		expectApiError(error, '404', 'Salla could not find what this operation refers to (404)');
	});
});

describe('Country picker', () => {
	test('reads every page and finds a country by name or code, named in English', async () => {
		const others = Array.from({ length: 60 }, (_, index) => ({ id: 100 + index, name: `بلد ${index}`, name_en: `Country ${index}`, code: `C${index}` }));
		salla('get', '/countries?page=1&per_page=60', 200, page(others, 1, 2));
		salla('get', '/countries?page=2&per_page=60', 200, page([saudi, yemen], 2, 2));

		const { result } = await callMethod('listSearch', 'searchCountries', { resource: 'country', operation: 'get' }, ['yem']);

		expect(requestedPaths()).toEqual(['GET /admin/v2/countries?page=1&per_page=60', 'GET /admin/v2/countries?page=2&per_page=60']);
		expect(result).toEqual({ results: [{ name: 'Yemen (YE)', value: '349994915' }] });
	});

	test('without a search it lists every country', async () => {
		salla('get', '/countries?page=1&per_page=60', 200, page([saudi, { id: 9, name: 'بلد' }], 1, 1));
		const { result } = await callMethod('listSearch', 'searchCountries', { resource: 'city', operation: 'getAll' }, ['']);
		expect(result).toEqual({ results: [{ name: 'Saudi Arabia (SA)', value: '1473353380' }, { name: 'بلد', value: '9' }] });
	});
});
