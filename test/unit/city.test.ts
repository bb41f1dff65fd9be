/**
 * City → Get Many: the cities of the country chosen.
 */
import { runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectApiError, expectNotSent, expectSallaHeaders, listPicker, notFound, requestedPaths } from '../helpers/fixtures';

const riyadh = { id: 1473353380, name: 'Riyadh', name_en: 'Riyadh', country_id: 1473353380 };
const jeddah = { id: 566146469, name: 'Jeddah', name_en: 'Jeddah', country_id: 1473353380 };
const mecca = { id: 1939592358, name: 'Mecca', name_en: 'Mecca', country_id: 1473353380 };

/** Salla's answer: the cities, the country beside them, and the page. */
const cities = (data: object[], currentPage: number, totalPages: number) => ({
	status: 200,
	success: true,
	data,
	country: { id: 1473353380, name: 'Saudi Arabia', code: 'SA' },
	pagination: { count: data.length, total: 905, perPage: 60, currentPage, totalPages, links: {} },
});

const saudi = listPicker('Saudi Arabia (SA)')('1473353380');

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('City → Get Many', () => {
	test('Return All walks every page of the country\'s cities and outputs one item per city', async () => {
		salla('get', '/countries/1473353380/cities?page=1&per_page=60', 200, cities([riyadh, jeddah], 1, 2));
		salla('get', '/countries/1473353380/cities?page=2&per_page=60', 200, cities([mecca], 2, 2));

		const { items, error } = await runSalla({ resource: 'city', operation: 'getAll', country: saudi, returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/countries/1473353380/cities?page=1&per_page=60',
			'GET /admin/v2/countries/1473353380/cities?page=2&per_page=60',
		]);
		expectSallaHeaders(received[0].headers);
		expect(items).toEqual([riyadh, jeddah, mecca].map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('Limit asks for just that many; the country may come from an expression', async () => {
		salla('get', '/countries/566146469/cities?page=1&per_page=2', 200, cities([riyadh, jeddah], 1, 10));
		const { items } = await runSalla(
			{ resource: 'city', operation: 'getAll', country: byId('={{ $json.country }}'), returnAll: false, limit: 2 },
			{ items: [{ country: 566146469 }] },
		);
		expect(requestedPaths()).toEqual(['GET /admin/v2/countries/566146469/cities?page=1&per_page=2']);
		expect(items).toHaveLength(2);
	});

	test('a country that is not an ID sends nothing', async () => {
		await expectNotSent({ resource: 'city', operation: 'getAll', country: byId('={{ "Saudi Arabia" }}'), returnAll: true }, 'Country: "Saudi Arabia" is not a country ID');
	});

	test('a country Salla does not know is a clear 404', async () => {
		salla('get', '/countries/7/cities?page=1&per_page=60', 404, notFound);
		const { error } = await runSalla({ resource: 'city', operation: 'getAll', country: byId('7'), returnAll: true });
		expectApiError(error, '404', 'Salla could not find what this operation refers to (404)');
	});
});
