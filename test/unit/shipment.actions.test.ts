/**
 * Shipment → Track, Cancel and Return; the Policy Options of Create and Update; Get Many's country and
 * city filters and their pickers.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { answer, byId, expectNotSent } from '../helpers/fixtures';

const fromList = (value: string) => ({ __rl: true, mode: 'list', value, cachedResultName: '362985662 · DHL' });

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Shipment → Track, Cancel, Return', () => {
	const history = [
		{ status: 'delivering', note: 'On the way', create_at: { date: '2023-04-06 11:57:51.000000', timezone_type: 3, timezone: 'Asia/Riyadh' } },
		{ status: 'created', note: 'Created', create_at: { date: '2023-04-06 11:44:23.000000', timezone_type: 3, timezone: 'Asia/Riyadh' } },
	];

	test('Track gets the tracking details and outputs them', async () => {
		salla('get', '/shipments/362985662/tracking', 200, answer({ id: 362985662, status: 'delivering', tracking_number: '43534254', history }));
		const { items, error } = await runSalla({ resource: 'shipment', operation: 'track', shipment_id: fromList('362985662') });
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /admin/v2/shipments/362985662/tracking']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([{ json: { id: 362985662, status: 'delivering', tracking_number: '43534254', history }, pairedItem: { item: 0 } }]);
	});

	test.each([
		['cancel', 'cancelled'],
		['return', 'return_in_progress'],
	])('%s posts to the shipment\'s action path with no body and outputs the shipment', async (operation, status) => {
		salla('post', `/shipments/362985662/${operation}`, 200, answer({ id: 362985662, status }));
		const { items, error } = await runSalla({ resource: 'shipment', operation, shipment_id: byId(' 362985662 ') });
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([`POST /admin/v2/shipments/362985662/${operation}`]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([{ json: { id: 362985662, status }, pairedItem: { item: 0 } }]);
	});

	test.each(['track', 'cancel', 'return'])('%s with a shipment that is not an ID sends nothing', async (operation) => {
		const { error } = await runSalla({ resource: 'shipment', operation, shipment_id: byId('={{ "SH-1" }}') });
		expect(error?.message).toBe('Shipment: "SH-1" is not a shipment ID');
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 for a shipment that cannot be returned is mapped', async () => {
		salla('post', '/shipments/1/return', 422, { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { shipment_id: ['لا يمكن إرجاع الشحنة'] } } });
		const { error } = await runSalla({ resource: 'shipment', operation: 'return', shipment_id: byId('1') });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): shipment_id: لا يمكن إرجاع الشحنة');
	});

	test('Salla\'s 404 on cancel is mapped', async () => {
		salla('post', '/shipments/1/cancel', 404, { status: 404, success: false, error: { code: 404, message: 'not found' } });
		const { error } = await runSalla({ resource: 'shipment', operation: 'cancel', shipment_id: byId('1') });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
	});
});

describe('Shipment → Create and Update: Policy Options', () => {
	const policy = { option: [{ name: 'boxes', value: '3' }, { name: 'shipment_content_type', value: ' document ' }] };

	test('Create sends them as Salla\'s policy_options object', async () => {
		salla('post', '/shipments', 200, answer({ id: 1 }));
		const { error } = await runSalla({
			resource: 'shipment',
			operation: 'create',
			courier_id: 1927161457,
			shipment_type: 'shipment',
			payment_method: 'pre_paid',
			packages: { package: [{ quantity: 1 }] },
			policy_options: policy,
		});
		expect(error).toBeUndefined();
		expect(received[0].body).toEqual({
			courier_id: 1927161457,
			shipment_type: 'shipment',
			payment_method: 'pre_paid',
			packages: [{ quantity: 1 }],
			policy_options: { boxes: '3', shipment_content_type: 'document' },
		});
	});

	const update = (policy_options: object) => ({
		resource: 'shipment',
		operation: 'update',
		shipment_id: byId('362985662'),
		shipment_number: '846984645',
		status: 'delivered',
		policy_options,
	});

	test('Update sends them too', async () => {
		salla('put', '/shipments/362985662', 200, answer({ id: 362985662 }));
		const { items } = await runSalla(update(policy));
		expect(received[0].body).toEqual({
			shipment_number: '846984645',
			status: 'delivered',
			policy_options: { boxes: '3', shipment_content_type: 'document' },
		});
		expect(items).toEqual([{ json: { id: 362985662 }, pairedItem: { item: 0 } }]);
	});

	test.each([
		['an option without a name', { option: [{ name: ' ', value: '3' }] }, 'Policy Option 1: Option Name is empty'],
		['an option without a value', { option: [{ name: 'boxes', value: '' }] }, 'Policy Option 1: Value is empty'],
		['the same option twice', { option: [{ name: 'boxes', value: '1' }, { name: 'boxes', value: '2' }] }, 'Policy Option 2: "boxes" is given twice'],
	])('%s: nothing is sent', async (_case, policy_options, message) => expectNotSent(update(policy_options), message));
});

describe('Shipment → Get Many: destination and origin country and city', () => {
	test('the IDs reach Salla as ship_to[…] and ship_from[…]', async () => {
		salla('get', /^\/admin\/v2\/shipments\?/, 200, { status: 200, success: true, data: [{ id: 1 }], pagination: { currentPage: 1, totalPages: 1 } });
		const { items } = await runSalla({
			resource: 'shipment',
			operation: 'getAll',
			returnAll: true,
			filters: { ship_to_country_id: 1473353380, ship_to_city_id: '1939592358', ship_from_country_id: 566146469, ship_from_city_id: 2097610897 },
		});
		expect(decodeURIComponent(received[0].path)).toBe(
			'/admin/v2/shipments?ship_to[country_id]=1473353380&ship_to[city_id]=1939592358&ship_from[country_id]=566146469' +
				'&ship_from[city_id]=2097610897&page=1&per_page=60',
		);
		expect(items).toEqual([{ json: { id: 1 }, pairedItem: { item: 0 } }]);
	});

	test('a city that is not an ID sends nothing', async () => {
		const { error } = await runSalla({ resource: 'shipment', operation: 'getAll', returnAll: true, filters: { ship_to_city_id: 'Riyadh' } });
		expect(error?.message).toBe('Destination City Name or ID: "Riyadh" is not an ID');
		expect(received).toEqual([]);
	});

	test('the destination city dropdown lists the cities of the chosen country', async () => {
		salla('get', '/countries/1473353380/cities?page=1&per_page=60', 200, { status: 200, success: true, data: [{ id: 1939592358, name: 'مكة' }] });
		const { result } = await callMethod('loadOptions', 'getShipmentDestinationCities', {
			resource: 'shipment',
			operation: 'getAll',
			filters: { ship_to_country_id: 1473353380 },
		});
		expect(result).toEqual([{ name: 'مكة', value: 1939592358 }]);
	});

	test('the origin city dropdown is empty until a country is chosen, and asks Salla nothing', async () => {
		const { result } = await callMethod('loadOptions', 'getShipmentOriginCities', { resource: 'shipment', operation: 'getAll', filters: {} });
		expect(result).toEqual([]);
		expect(received).toEqual([]);
	});
});
