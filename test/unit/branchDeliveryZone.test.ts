/**
 * Branch Delivery Zone → Get Many, Get, Create, Update and Delete: the exact requests and outputs,
 * and the area rules checked before anything is sent.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { answer, byId, expectNotSent } from '../helpers/fixtures';

const zone = { id: 1473353380, branch_id: 525010325, status: true, rules: { coverage: { enabled: true, method: 'radius', radius_meters: 500, coordinates: null } } };
const triangle = { point: [{ lat: 24.9194, lng: 46.736 }, { lat: 24.8403, lng: 46.1386 }, { lat: 24.5065, lng: 46.1688 }] };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Branch Delivery Zone → Create', () => {
	const create = (parameters: Record<string, unknown>) => ({ resource: 'branchDeliveryZone', operation: 'create', branch_id: 525010325, ...parameters });

	test('a drawn area with working hours: Salla\'s body, and the zone as output', async () => {
		salla('post', '/branches/delivery-zones', 200, answer(zone));
		const { items, error } = await runSalla(
			create({ method: 'polygon', coordinates: triangle, working_hours: { period: [{ day: 'monday', from: '08:00', to: '17:00' }] } }),
		);
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /admin/v2/branches/delivery-zones']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({
			status: 1,
			branch_id: 525010325,
			rules: {
				coverage: { enabled: true, method: 'polygon', radius_meters: null, coordinates: triangle.point },
				working_hours: { monday: { enabled: 'on', from: ['08:00'], to: ['17:00'] } },
			},
		});
		expect(items).toEqual([{ json: zone, pairedItem: { item: 0 } }]);
	});

	test('a radius, inactive', async () => {
		salla('post', '/branches/delivery-zones', 200, answer(zone));
		await runSalla(create({ method: 'radius', radius_meters: 5000, active: false, coverage_enabled: false }));
		expect(received[0].body).toEqual({ status: 0, branch_id: 525010325, rules: { coverage: { enabled: false, method: 'radius', radius_meters: 5000, coordinates: null } } });
	});

	test.each([
		['no branch', { branch_id: '={{ "" }}' }, 'Branch Name or ID is empty'],
		['a radius of 0', { method: 'radius', radius_meters: 0 }, 'Radius (Meters): "0" is not a whole number of at least 1'],
		['an area of two points', { method: 'polygon', coordinates: { point: triangle.point.slice(0, 2) } }, 'Area Points: 2 points do not make an area'],
		['a point off the map', { method: 'polygon', coordinates: { point: [...triangle.point.slice(0, 2), { lat: 95, lng: 46 }] } }, 'Area Point 3: Latitude: "95" is not a number from -90 to 90'],
		['an unknown method', { method: '={{ "circle" }}' }, 'Coverage Method: "circle" is not one of the choices'],
	])('%s: nothing is sent', async (_case, parameters, message) => expectNotSent(create(parameters), message));

	test('Salla\'s 403 (the app is not allowed these endpoints) is mapped', async () => {
		salla('post', '/branches/delivery-zones', 403, { status: 403, success: false, error: { code: 'error', message: 'التطبيق لايدعم هذه الميزة' } });
		const { error } = await runSalla(create({ method: 'radius', radius_meters: 500 }));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla refused this operation (403)');
	});
});

describe('Branch Delivery Zone → Update', () => {
	const update = (parameters: Record<string, unknown>) => ({ resource: 'branchDeliveryZone', operation: 'update', zone_id: byId('1473353380'), ...parameters });

	test('a new radius is sent whole, with only the fields set', async () => {
		salla('put', '/branches/delivery-zones/1473353380', 200, answer(zone));
		const { items } = await runSalla(update({ updateFields: { active: true, method: 'radius', radius_meters: 500 } }));
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['PUT /admin/v2/branches/delivery-zones/1473353380']);
		expect(received[0].body).toEqual({ status: 1, rules: { coverage: { enabled: true, method: 'radius', radius_meters: 500, coordinates: null } } });
		expect(items).toEqual([{ json: zone, pairedItem: { item: 0 } }]);
	});

	test('another branch and new hours only', async () => {
		salla('put', '/branches/delivery-zones/1473353380', 200, answer(zone));
		await runSalla(update({ updateFields: { branch_id: '1937885067' }, working_hours: { period: [{ day: 'friday', closed: true }] } }));
		expect(received[0].body).toEqual({ branch_id: 1937885067, rules: { working_hours: { friday: { enabled: 'off' } } } });
	});

	test.each([
		['nothing to update', {}, 'Nothing to update'],
		['a radius without the method', { updateFields: { radius_meters: 500 } }, 'Coverage Method is empty'],
		['a polygon without points', { updateFields: { method: 'polygon' } }, 'Area Points: 0 points do not make an area'],
	])('%s: nothing is sent', async (_case, parameters, message) => expectNotSent(update(parameters), message));
});

describe('Branch Delivery Zone → Get Many, Get, Delete', () => {
	test('Get Many filters by branch, one item per zone', async () => {
		salla('get', '/branches/delivery-zones?branch_id=525010325&page=1&per_page=60', 200, { ...answer([zone]), pagination: { currentPage: 1, totalPages: 1 } });
		const { items } = await runSalla({ resource: 'branchDeliveryZone', operation: 'getAll', returnAll: true, filters: { branch_id: 525010325 } });
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /admin/v2/branches/delivery-zones?branch_id=525010325&page=1&per_page=60']);
		expect(items).toEqual([{ json: zone, pairedItem: { item: 0 } }]);
	});

	test('Get outputs the zone; Delete says what was deleted', async () => {
		salla('get', '/branches/delivery-zones/1473353380', 200, answer(zone));
		salla('delete', '/branches/delivery-zones/1473353380', 200, answer({ message: 'تم الحذف بنجاح' }));
		const got = await runSalla({ resource: 'branchDeliveryZone', operation: 'get', zone_id: byId('1473353380') });
		const deleted = await runSalla({ resource: 'branchDeliveryZone', operation: 'delete', zone_id: byId('1473353380') });
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /admin/v2/branches/delivery-zones/1473353380',
			'DELETE /admin/v2/branches/delivery-zones/1473353380',
		]);
		expect(got.items).toEqual([{ json: zone, pairedItem: { item: 0 } }]);
		expect(deleted.items).toEqual([{ json: { id: 1473353380, deleted: true, message: 'تم الحذف بنجاح' }, pairedItem: { item: 0 } }]);
	});

	test('a zone that is not an ID sends nothing', async () => {
		const { error } = await runSalla({ resource: 'branchDeliveryZone', operation: 'get', zone_id: byId('={{ "north" }}') });
		expect(error?.message).toBe('Delivery Zone: "north" is not a delivery zone ID');
		expect(received).toEqual([]);
	});

	test('the zone picker names each zone by branch and area', async () => {
		salla('get', '/branches/delivery-zones?page=1&per_page=60', 200, answer([zone]));
		const { result } = await callMethod('listSearch', 'searchBranchDeliveryZones', { resource: 'branchDeliveryZone', operation: 'get' });
		expect(result).toEqual({ results: [{ name: 'Zone 1473353380 · branch 525010325 · 500 m radius', value: '1473353380', url: undefined }], paginationToken: undefined });
	});
});
