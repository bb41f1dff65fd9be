/**
 * Shipping Zone → Get Many, Get, Create, Update and Delete: the exact requests and outputs, and the
 * zone rules checked before anything is sent.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { answer, byId, expectNotSent } from '../helpers/fixtures';

const zone = { id: 1120595191, zone_code: '.KW.the-villa', company: { id: 488260393, slug: 'ABU HALIFA' }, country: { id: 1939592358, name_en: 'Kuwait' }, city: { id: 1592433390, name_en: 'THE VILLA' } };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

const fields = {
	company: 488260393,
	zone_country: 1939592358,
	zone_city: '1592433390',
	duration: '13 days',
	fee_type: 'rate',
	amount: 11,
	up_to_weight: 5,
	amount_per_unit: 2,
	per_unit: 3,
	additionalFields: { cities_excluded: [257742554, '81998629'], cod_status: true, cod_fees: 12 },
};
const body = {
	company: 488260393,
	shipping: {
		country: 1939592358,
		city: 1592433390,
		cities_excluded: [257742554, 81998629],
		cash_on_delivery: { status: true, fees: 12 },
		fees: { type: 'rate', amount: 11, up_to_weight: 5, amount_per_unit: 2, per_unit: 3 },
		duration: '13 days',
	},
};

describe('Shipping Zone → Create and Update', () => {
	test('Create sends Salla\'s zone body and outputs the zone', async () => {
		salla('post', '/shipping/zones', 200, answer(zone));
		const { items, error } = await runSalla({ resource: 'shippingZone', operation: 'create', ...fields });
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /admin/v2/shipping/zones']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual(body);
		expect(items).toEqual([{ json: zone, pairedItem: { item: 0 } }]);
	});

	test('Update sends the whole zone again; a fixed fee everywhere sends -1 and the amount only', async () => {
		salla('put', '/shipping/zones/1120595191', 200, answer(zone));
		const { items } = await runSalla({
			resource: 'shippingZone',
			operation: 'update',
			zone_id: byId('1120595191'),
			company: '488260393',
			zone_country: -1,
			zone_city: '-1',
			duration: '3-5 days',
			fee_type: 'fixed',
			amount: 0,
			up_to_weight: 5,
		});
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['PUT /admin/v2/shipping/zones/1120595191']);
		expect(received[0].body).toEqual({ company: 488260393, shipping: { country: -1, city: -1, fees: { type: 'fixed', amount: 0 }, duration: '3-5 days' } });
		expect(items).toEqual([{ json: zone, pairedItem: { item: 0 } }]);
	});

	test.each([
		['no company', { company: '={{ "" }}' }, 'Shipping Company Name or ID is empty'],
		['a city by name', { zone_city: '={{ "Riyadh" }}' }, 'City Name or ID: "Riyadh" is not an ID'],
		['a city in all countries', { zone_country: -1 }, 'City Name or ID: a city needs a country'],
		['no delivery time', { duration: '={{ " " }}' }, 'Delivery Time is empty'],
		['a weight fee without its weight', { up_to_weight: 0 }, 'Up to Weight is empty'],
		['a negative amount per unit', { amount_per_unit: -2 }, 'Amount per Unit: "-2" is not a number of at least 0'],
		['a fixed fee with 3 decimals', { fee_type: 'fixed', amount: 1.005 }, 'Fee: "1.005" has more than 2 decimals'],
		['an excluded city by name', { additionalFields: { cities_excluded: 'Jahra' } }, 'Excluded City Names or IDs: "Jahra" is not an ID'],
	])('%s: nothing is sent', async (_case, parameters, message) => expectNotSent({ resource: 'shippingZone', operation: 'create', ...fields, ...parameters }, message));

	test('Salla\'s 400 is mapped', async () => {
		salla('post', '/shipping/zones', 400, { status: 400, success: false, error: { code: 400, message: 'حقل نوع التسعيرة غير صالحٍ' } });
		const { error } = await runSalla({ resource: 'shippingZone', operation: 'create', ...fields });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('400');
	});

	test('the country dropdown offers All Countries first; the city dropdown All Cities, then the country\'s cities', async () => {
		salla('get', '/countries?page=1&per_page=60', 200, answer([{ id: 1939592358, name: 'الكويت', name_en: 'Kuwait', code: 'KW' }]));
		const countries = await callMethod('loadOptions', 'getZoneCountries', { resource: 'shippingZone', operation: 'create' });
		expect(countries.result).toEqual([{ name: 'All Countries', value: -1 }, { name: 'Kuwait', value: 1939592358, description: 'KW' }]);

		salla('get', '/countries/1939592358/cities?page=1&per_page=60', 200, answer([{ id: 1592433390, name: 'الفيلا' }]));
		const cities = await callMethod('loadOptions', 'getZoneCitiesOrAll', { resource: 'shippingZone', operation: 'create', zone_country: 1939592358 });
		expect(cities.result).toEqual([{ name: 'All Cities', value: -1 }, { name: 'الفيلا', value: 1592433390 }]);
	});
});

describe('Shipping Zone → Get Many, Get, Delete', () => {
	test('Get Many filters by company and outputs one item per zone', async () => {
		salla('get', '/shipping/zones?company=488260393&page=1&per_page=60', 200, { ...answer([zone, { id: 2 }]), pagination: { currentPage: 1, totalPages: 1 } });
		const { items } = await runSalla({ resource: 'shippingZone', operation: 'getAll', returnAll: true, filters: { company: 488260393 } });
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /admin/v2/shipping/zones?company=488260393&page=1&per_page=60']);
		expect(items).toEqual([
			{ json: zone, pairedItem: { item: 0 } },
			{ json: { id: 2 }, pairedItem: { item: 0 } },
		]);
	});

	test('Get Many reads a single zone answered as data (the docs\' example)', async () => {
		salla('get', '/shipping/zones?page=1&per_page=50', 200, answer(zone));
		const { items } = await runSalla({ resource: 'shippingZone', operation: 'getAll', returnAll: false, limit: 50 });
		expect(items).toEqual([{ json: zone, pairedItem: { item: 0 } }]);
	});

	test('Get outputs the zone; Delete says what was deleted', async () => {
		salla('get', '/shipping/zones/1120595191', 200, answer(zone));
		salla('delete', '/shipping/zones/1120595191', 200, answer({}));
		const got = await runSalla({ resource: 'shippingZone', operation: 'get', zone_id: byId('1120595191') });
		const deleted = await runSalla({ resource: 'shippingZone', operation: 'delete', zone_id: byId('1120595191') });
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /admin/v2/shipping/zones/1120595191', 'DELETE /admin/v2/shipping/zones/1120595191']);
		expect(got.items).toEqual([{ json: zone, pairedItem: { item: 0 } }]);
		expect(deleted.items).toEqual([{ json: { id: 1120595191, deleted: true, message: null }, pairedItem: { item: 0 } }]);
	});

	test('a zone that is not an ID sends nothing', async () => {
		const { error } = await runSalla({ resource: 'shippingZone', operation: 'delete', zone_id: byId('={{ "KW" }}') });
		expect(error?.message).toBe('Shipping Zone: "KW" is not a shipping zone ID');
		expect(received).toEqual([]);
	});

	test('the zone picker names zones by country, city and company', async () => {
		salla('get', '/shipping/zones?page=1&per_page=60', 200, answer([zone]));
		const { result } = await callMethod('listSearch', 'searchShippingZones', { resource: 'shippingZone', operation: 'get' }, ['kuwait']);
		expect(result).toEqual({ results: [{ name: 'Kuwait · THE VILLA · ABU HALIFA', value: '1120595191', url: undefined }], paginationToken: undefined });
	});
});
