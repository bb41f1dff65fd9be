/**
 * Tax → Get Many and Create, and the country dropdown.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectApiError, expectRefused, pageWithLinks, requestedPaths, validationFailed } from '../helpers/fixtures';

const page = pageWithLinks([]);

const bahrain = { id: 2087347200, tax: 5, status: 'active', country: 'Bahrain' };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Tax → Get Many', () => {
	test('outputs one item per tax rate', async () => {
		salla('get', '/taxes?page=1&per_page=60', 200, page([bahrain, { ...bahrain, id: 2, tax: 15, country: 'Saudi Arabia' }], 1, 1));

		const { items, error } = await runSalla({ resource: 'tax', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/taxes?page=1&per_page=60']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([
			{ json: bahrain, pairedItem: { item: 0 } },
			{ json: { ...bahrain, id: 2, tax: 15, country: 'Saudi Arabia' }, pairedItem: { item: 0 } },
		]);
	});

	test('Limit asks for just that many', async () => {
		salla('get', '/taxes?page=1&per_page=1', 200, page([bahrain], 1, 3));
		const { items } = await runSalla({ resource: 'tax', operation: 'getAll', returnAll: false, limit: 1 });
		expect(requestedPaths()).toEqual(['GET /admin/v2/taxes?page=1&per_page=1']);
		expect(items).toHaveLength(1);
	});
});

describe('Tax → Create', () => {
	const create = (parameters: Record<string, unknown> = {}) => ({ resource: 'tax', operation: 'create', tax: 15, ...parameters });

	test('the rate is sent as text with the chosen country, and the created tax is output', async () => {
		salla('post', '/taxes', 201, { status: 200, success: true, data: { id: 11, tax: 15, status: 'active', country: 'Saudi Arabia' } });

		const { items, error } = await runSalla(create({ country_id: 1473353380 }));

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/taxes');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(received[0].body).toEqual({ tax: '15', country_id: 1473353380 });
		expect(items).toEqual([{ json: { id: 11, tax: 15, status: 'active', country: 'Saudi Arabia' }, pairedItem: { item: 0 } }]);
	});

	test('without a country only the rate is sent (every country)', async () => {
		salla('post', '/taxes', 201, { status: 201, success: true, data: { id: 12 } });
		await runSalla(create({ tax: 7.5 }));
		expect(received[0].body).toEqual({ tax: '7.5' });
	});

	test('rate and country from expressions as text', async () => {
		salla('post', '/taxes', 201, { status: 201, success: true, data: { id: 13 } });
		await runSalla(create({ tax: '={{ $json.rate }}', country_id: '={{ $json.country }}' }), { items: [{ rate: ' 5 ', country: '525144736' }] });
		expect(received[0].body).toEqual({ tax: '5', country_id: 525144736 });
	});

	test.each([
		['an empty rate', { tax: '={{ "" }}' }, 'Tax Rate (%) is empty'],
		['a rate that is not a number', { tax: '={{ "15%" }}' }, 'Tax Rate (%): "15%" is not a number from 0 to 100'],
		['a rate above 100', { tax: 150 }, 'Tax Rate (%): "150" is not a number from 0 to 100'],
		['a negative rate', { tax: '={{ -1 }}' }, 'Tax Rate (%): "-1" is not a number from 0 to 100'],
		['a country that is not an ID', { country_id: '={{ "SA" }}' }, 'Country Name or ID: "SA" is not a country ID'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => {
		await expectRefused(create(parameters), message);
	});

	test('Salla\'s 422 lists the fields it rejected', async () => {
		salla('post', '/taxes', 422, validationFailed({ country_id: ['The selected country id is invalid.'] }));
		const { error } = await runSalla(create({ country_id: 1 }));
		expectApiError(error, '422', 'Salla rejected the data (422): country_id: The selected country id is invalid.');
	});
});

describe('Country dropdown', () => {
	test('lists every country of every page, named in English', async () => {
		const countries = Array.from({ length: 60 }, (_, index) => ({ id: 100 + index, name: `بلد ${index}`, name_en: `Country ${index}`, code: `C${index}` }));
		salla('get', '/countries?page=1&per_page=60', 200, page(countries, 1, 2));
		salla('get', '/countries?page=2&per_page=60', 200, page([{ id: 1473353380, name: 'السعودية', name_en: 'Saudi Arabia', code: 'SA' }, { id: 7, name: 'بلد' }], 2, 2));

		const { result } = await callMethod<Array<{ name: string; value: number; description?: string }>>('loadOptions', 'getCountries', { resource: 'tax', operation: 'create' });

		expect(requestedPaths()).toEqual(['GET /admin/v2/countries?page=1&per_page=60', 'GET /admin/v2/countries?page=2&per_page=60']);
		expect(result).toHaveLength(62);
		expect(result[0]).toEqual({ name: 'Country 0', value: 100, description: 'C0' });
		expect(result.slice(60)).toEqual([
			{ name: 'Saudi Arabia', value: 1473353380, description: 'SA' },
			{ name: 'بلد', value: 7 },
		]);
	});
});
