/**
 * Shipping Company → Get, Create, Update, Delete, Get Label Options and Get Rates: the exact requests
 * and outputs, and what is checked before anything is sent.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { answer, byId, expectNotSent } from '../helpers/fixtures';

const fromList = (value: string) => ({ __rl: true, mode: 'list', value, cachedResultName: 'Riyadh Express' });
const company = { id: 976721503, name: 'Riyadh Express', app_id: '505994491', activation_type: 'manual', slug: 'riyadh-express' };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Shipping Company → Get, Create, Update, Delete', () => {
	test('Get outputs the company', async () => {
		salla('get', '/shipping/companies/976721503', 200, answer(company));
		const { items, error } = await runSalla({ resource: 'shippingCompany', operation: 'get', company_id: fromList('976721503') });
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /admin/v2/shipping/companies/976721503']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: company, pairedItem: { item: 0 } }]);
	});

	test('Create sends the name and outputs the new company', async () => {
		salla('post', '/shipping/companies', 200, answer(company));
		const { items } = await runSalla({ resource: 'shippingCompany', operation: 'create', name: ' Riyadh Express ' });
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /admin/v2/shipping/companies']);
		expect(received[0].body).toEqual({ name: 'Riyadh Express' });
		expect(items).toEqual([{ json: company, pairedItem: { item: 0 } }]);
	});

	test('Update sends the new name', async () => {
		salla('put', '/shipping/companies/976721503', 200, answer({ ...company, name: 'Jeddah Express' }));
		const { items } = await runSalla({ resource: 'shippingCompany', operation: 'update', company_id: byId('976721503'), new_name: 'Jeddah Express' });
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['PUT /admin/v2/shipping/companies/976721503']);
		expect(received[0].body).toEqual({ name: 'Jeddah Express' });
		expect(items).toEqual([{ json: { ...company, name: 'Jeddah Express' }, pairedItem: { item: 0 } }]);
	});

	test('Delete says what was deleted, with Salla\'s message', async () => {
		salla('delete', '/shipping/companies/976721503', 200, answer({ message: 'تم حذف الشركة بنجاح', code: 200 }));
		const { items } = await runSalla({ resource: 'shippingCompany', operation: 'delete', company_id: byId('976721503') });
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['DELETE /admin/v2/shipping/companies/976721503']);
		expect(items).toEqual([{ json: { id: 976721503, deleted: true, message: 'تم حذف الشركة بنجاح' }, pairedItem: { item: 0 } }]);
	});

	test.each([
		['Create without a name', { operation: 'create', name: '={{ " " }}' }, 'Name is empty'],
		['Update without a new name', { operation: 'update', company_id: byId('1'), new_name: '={{ "" }}' }, 'New Name is empty'],
		['Get of a company that is not an ID', { operation: 'get', company_id: byId('={{ "smsa" }}') }, 'Shipping Company: "smsa" is not a shipping company ID'],
		['Delete without a company', { operation: 'delete', company_id: byId('={{ "" }}') }, 'Shipping Company is empty'],
	])('%s: nothing is sent', async (_case, parameters, message) => expectNotSent({ resource: 'shippingCompany', ...parameters }, message));

	test('Salla\'s 422 on Update is mapped with its fields', async () => {
		salla('put', '/shipping/companies/1', 422, { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { name: ['يجب أن يكون حقل الاسم نصآ.'] } } });
		const { error } = await runSalla({ resource: 'shippingCompany', operation: 'update', company_id: byId('1'), new_name: 'X' });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): name: يجب أن يكون حقل الاسم نصآ.');
	});

	test('the company picker lists the store\'s companies, filtered by name', async () => {
		salla('get', '/shipping/companies?page=1&per_page=60', 200, answer([company, { id: 2, name: 'DHL' }]));
		const { result } = await callMethod('listSearch', 'searchShippingCompanies', { resource: 'shippingCompany', operation: 'get' }, ['riyadh']);
		expect(result).toEqual({ results: [{ name: 'Riyadh Express', value: '976721503', url: undefined }], paginationToken: undefined });
	});
});

describe('Shipping Company → Get Label Options', () => {
	test('one item per option the company asks for', async () => {
		const boxes = { name: 'boxes', label: 'عدد الكراتين', type: 'items', format: 'dropdown-list', required: true, options: [{ value: 1, label: 1 }] };
		const noProducts = { name: 'without_products', label: 'Hide products', type: 'boolean', format: 'checkbox', required: false };
		salla('get', '/shipping/companies/976721503/options', 200, answer([boxes, noProducts]));
		const { items } = await runSalla({ resource: 'shippingCompany', operation: 'getOptions', company_id: byId('976721503') });
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /admin/v2/shipping/companies/976721503/options']);
		expect(items).toEqual([
			{ json: boxes, pairedItem: { item: 0 } },
			{ json: noProducts, pairedItem: { item: 0 } },
		]);
	});

	test('Salla\'s 404 is mapped', async () => {
		salla('get', '/shipping/companies/1/options', 404, { status: 404, success: false, error: { code: 404, message: 'not found' } });
		const { error } = await runSalla({ resource: 'shippingCompany', operation: 'getOptions', company_id: byId('1') });
		expect(error?.httpCode).toBe('404');
	});
});

describe('Shipping Company → Get Rates', () => {
	const rate = { id: 534427805, company_id: 1892382264, title: 'ريدبوكس', working_days: '1-3', total: { amount: 14, currency: 'SAR' } };

	test('asks for the rates to a city, with the options set, one item per offer', async () => {
		salla('get', /^\/admin\/v2\/shipping\/companies\/estimate-rate\?/, 200, answer([rate, { ...rate, id: 2 }]));
		const { items, error } = await runSalla({
			resource: 'shippingCompany',
			operation: 'getRates',
			rate_country_id: 1473353380,
			rate_city_id: '1939592358',
			rateOptions: { order_id: byId('560695738'), postal_code: '24231', geocode: '21.38,39.77' },
		});
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${decodeURIComponent(request.path)}`)).toEqual([
			'GET /admin/v2/shipping/companies/estimate-rate?country_id=1473353380&city_id=1939592358&order_id=560695738&postal_code=24231&geocode=21.38,39.77',
		]);
		expect(items).toEqual([
			{ json: rate, pairedItem: { item: 0 } },
			{ json: { ...rate, id: 2 }, pairedItem: { item: 0 } },
		]);
	});

	test.each([
		['no country', { rate_country_id: '={{ "" }}', rate_city_id: 1 }, 'Country Name or ID is empty'],
		['a city by name', { rate_country_id: 1473353380, rate_city_id: '={{ "Jeddah" }}' }, 'City Name or ID: "Jeddah" is not an ID'],
	])('%s: nothing is sent', async (_case, parameters, message) => expectNotSent({ resource: 'shippingCompany', operation: 'getRates', ...parameters }, message));

	test('the city dropdown follows the chosen country', async () => {
		salla('get', '/countries/1473353380/cities?page=1&per_page=60', 200, answer([{ id: 1939592358, name: 'مكة' }]));
		const { result } = await callMethod('loadOptions', 'getRateCities', { resource: 'shippingCompany', operation: 'getRates', rate_country_id: 1473353380 });
		expect(result).toEqual([{ name: 'مكة', value: 1939592358 }]);
	});
});
