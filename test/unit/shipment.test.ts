/**
 * Shipment and Shipping Company: every operation, the exact requests, the rules checked before sending.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { answer, byId, expectNotSent, listPicker, page, requestedPaths } from '../helpers/fixtures';

const fromList = listPicker('#48927');

const shipTo = {
	name: 'Mohammed Khalid',
	email: 'test@gmail.com',
	phone: '966501636784',
	country: 'SA',
	city: 'Mecca',
	address_line: 'Abdullah Street',
	street_number: '2345',
	block: 'Al Salam',
	postal_code: '95128',
};

const create = (parameters: Record<string, unknown> = {}) => ({
	resource: 'shipment',
	operation: 'create',
	courier_id: 1927161457,
	shipment_type: 'shipment',
	payment_method: 'pre_paid',
	packages: { package: [{ name: 'T-shirt', sku: '52743-145', quantity: 1, price: 25.5, currency: 'sar', weight: 5, weight_units: 'kg' }] },
	...parameters,
});

const onePackage = [{ name: 'T-shirt', sku: '52743-145', quantity: 1, price: { amount: 25.5, currency: 'SAR' }, weight: { value: 5, units: 'kg' } }];

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Shipment → Create', () => {
	test('sends the required fields and packages, and outputs the shipment', async () => {
		salla('post', '/shipments', 200, answer({ id: 362985662, type: 'shipment' }));

		const { items, error } = await runSalla(create());

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/shipments');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({ courier_id: 1927161457, shipment_type: 'shipment', payment_method: 'pre_paid', packages: onePackage });
		expect(items).toEqual([{ json: { id: 362985662, type: 'shipment' }, pairedItem: { item: 0 } }]);
	});

	test('everything set: order, cash on delivery, destination, branch origin, extras', async () => {
		/** The extras, sent as given. */
		const details = {
			overwrite_exists_pending: true,
			description: 'Fashion Apparel - 3 T-Shirts',
			remarks: 'Deliver after 5 PM',
			external_id: '34567898',
			external_company_name: 'Salla Express',
			service_types: ['international', 'normal'],
		};
		salla('post', '/shipments', 200, answer({ id: 1 }));

		await runSalla(
			create({
				order_id: fromList('54534523'),
				payment_method: 'cod',
				cod_amount: 10.7,
				cod_currency: 'SAR',
				ship_to: { ...shipTo, short_address: 'RHMA3184', lat: 21.38, lng: 39.77 },
				ship_from: { type: 'branch', branch_id: 1723506348 },
				additionalFields: details,
			}),
		);

		expect(received[0].body).toEqual({
			courier_id: 1927161457,
			shipment_type: 'shipment',
			payment_method: 'cod',
			order_id: 54534523,
			cash_on_delivery: { amount: 10.7, currency: 'SAR' },
			...details,
			ship_to: { ...shipTo, short_address: 'RHMA3184', geo_coordinates: { lat: 21.38, lng: 39.77 } },
			ship_from: { type: 'branch', branch_id: 1723506348 },
			packages: onePackage,
		});
	});

	test('a return names the shipment it returns; an address origin sends its fields', async () => {
		salla('post', '/shipments', 200, answer({ id: 2, type: 'return' }));
		await runSalla(
			create({
				shipment_type: 'return',
				shipment_id: byId('362985662'),
				ship_from: { type: 'address', name: 'Main warehouse', city: 'Riyadh' },
				packages: { package: [{ quantity: 2 }] },
			}),
		);
		expect(received[0].body).toEqual({
			courier_id: 1927161457,
			shipment_type: 'return',
			payment_method: 'pre_paid',
			shipment_id: 362985662,
			ship_from: { type: 'address', name: 'Main warehouse', city: 'Riyadh' },
			packages: [{ quantity: 2 }],
		});
	});

	test.each([
		['no shipping company', { courier_id: '={{ "" }}' }, 'Shipping Company Name or ID is empty'],
		['an unknown type', { shipment_type: '={{ "pickup" }}', shipment_id: byId('1') }, 'Type: "pickup" is not one of the choices'],
		['an unknown payment method', { payment_method: '={{ "card" }}' }, 'Payment Method: "card" is not one of the choices'],
		['a return without its shipment', { shipment_type: 'return', shipment_id: byId('={{ "" }}') }, 'Shipment to Return is empty'],
		['no packages', { packages: {} }, 'Packages is empty'],
		['a package of 0 units', { packages: { package: [{ quantity: 0 }] } }, 'Package 1: Quantity: "0" is not a whole number of at least 1'],
		['a negative weight', { packages: { package: [{ quantity: 1, weight: -1 }] } }, 'Package 1: Weight: "-1" is not a number of at least 0'],
		['a bad currency', { packages: { package: [{ quantity: 1, price: 5, currency: 'riyal' }] } }, 'Package 1: Currency: "riyal" is not a currency code'],
		['a bad weight unit', { packages: { package: [{ quantity: 1, weight: 1, weight_units: '={{ "ton" }}' }] } }, 'Package 1: Weight Unit: "ton" is not one of the choices'],
		['an incomplete destination', { ship_to: { name: 'Sara', phone: '966500000000' } }, 'Ship To: Email, Country, City, Address Line, Street Number, District, Postal Code are empty'],
		['a bad destination email', { ship_to: { ...shipTo, email: 'sara@' } }, 'Ship To: Email: "sara@" is not an e-mail address'],
		['a bad short address', { ship_to: { ...shipTo, short_address: 'RH3184' } }, 'Ship To: Short Address: "RH3184" is not a short address'],
		['a latitude without longitude', { ship_to: { ...shipTo, lat: 21.3 } }, 'Ship To: Latitude and Longitude go together'],
		['a latitude out of range', { ship_to: { ...shipTo, lat: 91, lng: 39 } }, 'Ship To: Latitude: "91" is not a number from -90 to 90'],
		['a branch origin without a branch', { ship_from: { type: 'branch' } }, 'Ship From: Branch Name or ID is empty'],
		['an order ID that is not a number', { order_id: byId('={{ "#48927" }}') }, 'Order: "#48927" is not an order ID'],
		['a cash amount with a bad currency', { payment_method: 'cod', cod_amount: 10, cod_currency: 'SARS' }, 'Cash Currency: "SARS" is not a currency code'],
	])('%s: nothing is sent', async (_case, parameters, message) => {
		await expectNotSent(create(parameters), message);
	});

	test('an order reference instead of its ID is refused with advice that says so', async () => {
		const { error } = await runSalla(create({ order_id: byId('={{ "#48927" }}') }));
		expect(error?.description).toBe('Choose the order from the list, or give its ID (not its reference number): a whole number such as 560695738.');
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 is mapped with its fields', async () => {
		salla('post', '/shipments', 422, { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { courier_id: ['حقل رقم الشركة مطلوب.'] } } });
		const { error } = await runSalla(create());
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): courier_id: حقل رقم الشركة مطلوب.');
	});

	test('the shipping company dropdown lists the store\'s companies', async () => {
		salla('get', '/shipping/companies?page=1&per_page=60', 200, { status: 200, success: true, data: [{ id: 1723506348, name: 'سمسا', slug: 'smsa' }] });
		const { result } = await callMethod('loadOptions', 'getShippingCompanies', { resource: 'shipment', operation: 'create' });
		expect(result).toEqual([{ name: 'سمسا', value: 1723506348 }]);
	});
});

describe('Shipment → Update', () => {
	const update = (parameters: Record<string, unknown>) => ({
		resource: 'shipment',
		operation: 'update',
		shipment_id: byId('362985662'),
		shipment_number: '846984645',
		status: 'delivered',
		...parameters,
	});

	test('sends the number, the status and only the fields set', async () => {
		salla('put', '/shipments/362985662', 200, answer({ id: 362985662, status: { slug: 'delivered' } }));

		const { items, error } = await runSalla(
			update({
				updateFields: {
					order_id: byId('76587644'),
					tracking_number: '54563653',
					tracking_link: 'https://courier.example/track/54563653',
					pdf_label: 'https://courier.example/label.pdf',
					cost: 40,
					status_note: 'Delivered',
				},
			}),
		);

		expect(error).toBeUndefined();
		expect(received.map((request) => [request.method, request.path])).toEqual([['PUT', '/admin/v2/shipments/362985662']]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({
			shipment_number: '846984645',
			status: 'delivered',
			order_id: 76587644,
			tracking_number: '54563653',
			tracking_link: 'https://courier.example/track/54563653',
			pdf_label: 'https://courier.example/label.pdf',
			cost: 40,
			status_note: 'Delivered',
		});
		expect(items).toEqual([{ json: { id: 362985662, status: { slug: 'delivered' } }, pairedItem: { item: 0 } }]);
	});

	test.each([
		['no shipment number', { shipment_number: ' ' }, 'Shipment Number is empty'],
		['an unknown status', { status: '={{ "gone" }}' }, 'Status: "gone" is not one of the choices'],
		['a tracking link that is not a link', { updateFields: { tracking_link: 'track 123' } }, 'Tracking Link: "track 123" is not a web address'],
		['a negative cost', { updateFields: { cost: -1 } }, 'Cost: "-1" is not a number of at least 0'],
	])('%s: nothing is sent', async (_case, parameters, message) => {
		await expectNotSent(update(parameters), message);
	});

	test('a missing shipment is Salla\'s 404, mapped', async () => {
		salla('put', '/shipments/1', 404, { status: 404, success: false, error: { code: 404, message: 'not found' } });
		const { error } = await runSalla(update({ shipment_id: byId('1') }));
		expect(error?.httpCode).toBe('404');
	});
});

describe('Shipment → Get Many and Get', () => {
	test('every filter reaches Salla', async () => {
		salla('get', /^\/admin\/v2\/shipments\?/, 200, page([{ id: 1 }], 1, 1));

		await runSalla({
			resource: 'shipment',
			operation: 'getAll',
			returnAll: true,
			filters: {
				order_id: fromList('560695738'),
				courier_id: 814202285,
				courier_slug: 'dhl-express',
				status: 'in_transit',
				shipment_type: 'return',
				payment_method: 'cod',
				source: 'api',
				ship_to_country_code: 'sa',
				ship_from_country_code: 'AE',
				from_date: '2025-01-01T00:00:00',
				to_date: '2025-01-31T00:00:00',
			},
		});

		expect(decodeURIComponent(received[0].path)).toBe(
			'/admin/v2/shipments?order_id=560695738&courier_id=814202285&courier_slug=dhl-express&status=in_transit' +
				'&shipment_type=return&payment_method=cod&source=api&ship_to[country_code]=SA&ship_from[country_code]=AE' +
				'&from_date=2025-01-01&to_date=2025-01-31&page=1&per_page=60',
		);
	});

	test('Return All walks two pages; Limit stops early', async () => {
		salla('get', '/shipments?page=1&per_page=60', 200, page(Array.from({ length: 60 }, (_, i) => ({ id: i + 1 })), 1, 2));
		salla('get', '/shipments?page=2&per_page=60', 200, page([{ id: 61 }], 2, 2));
		const all = await runSalla({ resource: 'shipment', operation: 'getAll', returnAll: true });
		expect(all.items).toHaveLength(61);

		salla('get', '/shipments?page=1&per_page=1', 200, page([{ id: 1 }], 1, 61));
		const limited = await runSalla({ resource: 'shipment', operation: 'getAll', returnAll: false, limit: 1 });
		expect(limited.items).toEqual([{ json: { id: 1 }, pairedItem: { item: 0 } }]);
		expect(received.map((request) => request.path)).toEqual([
			'/admin/v2/shipments?page=1&per_page=60',
			'/admin/v2/shipments?page=2&per_page=60',
			'/admin/v2/shipments?page=1&per_page=1',
		]);
	});

	test.each([
		['a bad country code', { ship_to_country_code: 'Saudi' }, 'Destination Country Code: "Saudi" is not a country code'],
		['a shipping company that is not an ID', { courier_id: '={{ "dhl" }}' }, 'Shipping Company Name or ID: "dhl" is not an ID'],
	])('%s: nothing is sent', async (_case, filters, message) => {
		await expectNotSent({ resource: 'shipment', operation: 'getAll', returnAll: true, filters }, message);
	});

	test('Get outputs the shipment', async () => {
		salla('get', '/shipments/362985662', 200, answer({ id: 362985662, tracking_number: '0' }));
		const { items } = await runSalla({ resource: 'shipment', operation: 'get', shipment_id: fromList('362985662') });
		expect(requestedPaths()).toEqual(['GET /admin/v2/shipments/362985662']);
		expect(items).toEqual([{ json: { id: 362985662, tracking_number: '0' }, pairedItem: { item: 0 } }]);
	});

	test('the shipment picker lists shipments with their order and courier', async () => {
		salla('get', '/shipments?page=1&per_page=60', 200, page([{ id: 362985662, order_reference_id: 48927, courier: { name: 'DHL' } }, { id: 5 }], 1, 1));
		const { result } = await callMethod('listSearch', 'searchShipments', { resource: 'shipment', operation: 'get' }, ['3629']);
		expect(result).toEqual({ results: [{ name: '362985662 · order #48927 · DHL', value: '362985662', url: undefined }], paginationToken: undefined });
	});
});

describe('Shipping Company → Get Many', () => {
	test('outputs the store\'s companies; Salla sends them without pagination, so one request', async () => {
		salla('get', '/shipping/companies?page=1&per_page=60', 200, {
			status: 200,
			success: true,
			data: [
				{ id: 1723506348, name: 'سمسا', app_id: '1683195908', activation_type: 'manual', slug: 'smsa' },
				{ id: 814202285, name: 'DHL Express', app_id: '827885927', activation_type: 'api', slug: 'dhl-express' },
			],
		});

		const { items, error } = await runSalla({ resource: 'shippingCompany', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/shipping/companies?page=1&per_page=60']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items.map((item) => item.json.slug)).toEqual(['smsa', 'dhl-express']);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	test('Limit keeps just that many', async () => {
		salla('get', '/shipping/companies?page=1&per_page=1', 200, { status: 200, success: true, data: [{ id: 1 }, { id: 2 }] });
		const { items } = await runSalla({ resource: 'shippingCompany', operation: 'getAll', returnAll: false, limit: 1 });
		expect(items).toEqual([{ json: { id: 1 }, pairedItem: { item: 0 } }]);
	});

	test('Salla\'s 403 is mapped', async () => {
		salla('get', '/shipping/companies?page=1&per_page=60', 403, { status: 403, success: false, error: { code: 'Forbidden', message: 'Forbidden' } });
		const { error } = await runSalla({ resource: 'shippingCompany', operation: 'getAll', returnAll: true });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla refused this operation (403)');
	});
});
