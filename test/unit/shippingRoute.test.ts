/**
 * Shipping Route → Get Many, Get, Create, Update, Delete and Update Default Route: the exact requests
 * and outputs, and the route rules checked before anything is sent.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { answer, byId, expectNotSent } from '../helpers/fixtures';

const route = { id: 1670414609, name: 'Testing Route 1', type: 'branded', status: true, priority: 1 };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

const branded = { name: 'Salla Delivery', description: 'Fast delivery', logo_url: 'https://example.com/logos/salla.png', combinable: true, pricing_type: 'rate', cost: 30, amount_per_unit: 2, up_to_weight: 15, per_unit: 1 };
const create = (parameters: Record<string, unknown>) => ({
	resource: 'shippingRoute',
	operation: 'create',
	name: 'Testing Route 1',
	type: 'normal',
	active: true,
	priority: 1,
	companies: { company: [{ id: 989286562, priority: 1, capacity: 80 }, { id: '1723506348', priority: 2, capacity: 0 }] },
	strategy_type: 'ratio',
	capacity_level: 'route',
	...parameters,
});

describe('Shipping Route → Create', () => {
	test('a branded route with every kind of condition: Salla\'s body as its example shows it', async () => {
		salla('post', '/shipping/routes', 201, { status: 201, success: true, data: route });
		const { items, error } = await runSalla(
			create({
				type: 'branded',
				branded,
				condition_match: 'all',
				conditions: {
					condition: [
						{ type: 'cart_total', operator: 'between', value: 200, max: 500 },
						{ type: 'cart_weight', operator: 'equals', value: 3 },
						{ type: 'categories', operator: 'in', ids: '1975114919' },
						{ type: 'areas', area_type: 'allowed', country_id: '1473353380', city_ids: '1473353380, 1939592358' },
						{ type: 'customer_groups', operator: 'in', ids: '1237892238' },
						{ type: 'schedule', days: ['Sunday'], time_from: '14:30', time_to: '14:50' },
						{ type: 'areas', area_type: 'excluded', country_id: '566146469', city_ids: '2097610897' },
						{ type: 'specific_products_quantity', quantity: 12, product_ids: '1784895147' },
					],
				},
			}),
		);
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /admin/v2/shipping/routes']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({
			name: 'Testing Route 1',
			type: 'branded',
			status: 1,
			priority: 1,
			branded: { name: 'Salla Delivery', description: 'Fast delivery', logo_url: 'https://example.com/logos/salla.png', combinable: true, pricing: { type: 'rate', cost: 30, amount_per_unit: 2, up_to_weight: 15, per_unit: 1 } },
			companies: [{ id: 989286562, priority: 1, capacity: 80 }, { id: 1723506348, priority: 2 }],
			condition_match: 'all',
			conditions: [
				{ type: 'cart_total', operator: 'between', value: { min: 200, max: 500 } },
				{ type: 'cart_weight', operator: '==', value: 3 },
				{ type: 'categories', operator: 'in', value: [1975114919] },
				{ type: 'customer_groups', operator: 'in', value: ['1237892238'] },
				{ type: 'schedule', operator: 'within_range', value: { days: ['Sunday'], time_from: '14:30', time_to: '14:50' } },
				{ type: 'specific_products_quantity', operator: 'in', value: { quantity: 12, product_ids: [1784895147] } },
				{
					type: 'areas',
					operator: 'in',
					value: [
						{ type: 'allowed', areas: [{ country_id: 1473353380, city_ids: [1473353380, 1939592358] }] },
						{ type: 'excluded', areas: [{ country_id: 566146469, city_ids: [2097610897] }] },
					],
				},
			],
			strategy: { type: 'ratio', capacity_level: 'route' },
		});
		expect(items).toEqual([{ json: route, pairedItem: { item: 0 } }]);
	});

	test.each([
		['no companies', { companies: {} }, 'Shipping Companies is empty'],
		['a branded route without its logo', { type: 'branded', branded: { ...branded, logo_url: '' } }, 'Branded Delivery: Logo URL is empty'],
		['by-weight pricing without its weight', { type: 'branded', branded: { ...branded, up_to_weight: 0 } }, 'Branded Delivery: Up to Weight is empty'],
		['a capacity level with the default strategy', { strategy_type: 'default' }, 'Capacity Level is for the Quota and Ratio strategies'],
		['fallback companies without Quota', { alternative_companies: [665151403] }, 'Fallback Company Names or IDs is for the Quota strategy'],
		['a Between whose max is not above', { conditions: { condition: [{ type: 'cart_total', operator: 'between', value: 500, max: 200 }] } }, 'Condition 1: Max (200) is not above Value (500)'],
		['a schedule time that is not a time', { conditions: { condition: [{ type: 'schedule', days: ['Friday'], time_from: '2pm', time_to: '16:00' }] } }, 'Condition 1: From Time: "2pm" is not a time'],
		['a schedule without its end', { conditions: { condition: [{ type: 'schedule', days: ['Friday'], time_from: '14:00', time_to: ' ' }] } }, 'Condition 1: To Time is empty'],
		['branches compared as a number', { conditions: { condition: [{ type: 'branches', operator: '>=', ids: '1' }] } }, 'Condition 1: use Is One Of or Is None Of'],
		['an area without a country', { conditions: { condition: [{ type: 'areas', country_id: '' }] } }, 'Condition 1: Country ID is empty'],
	])('%s: nothing is sent', async (_case, parameters, message) => expectNotSent(create(parameters), message));

	test('a schedule time written without its leading zero is sent as HH:MM, as Salla takes it', async () => {
		salla('post', '/shipping/routes', 201, { status: 201, success: true, data: route });
		await runSalla(create({ conditions: { condition: [{ type: 'schedule', days: ['Friday'], time_from: '9:05', time_to: '16:00' }] } }));
		expect((received[0].body as { conditions: unknown[] }).conditions).toEqual([
			{ type: 'schedule', operator: 'within_range', value: { days: ['Friday'], time_from: '09:05', time_to: '16:00' } },
		]);
	});

	test('Salla\'s 422 is mapped with its fields', async () => {
		salla('post', '/shipping/routes', 422, { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { name: ['اسم المسار مستخدم من قبل'] } } });
		const { error } = await runSalla(create({}));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): name: اسم المسار مستخدم من قبل');
	});
});

describe('Shipping Route → Update, Update Default Route', () => {
	test('Update patches only what is set', async () => {
		salla('patch', '/shipping/routes/1670414609', 200, answer(route));
		const { items, error } = await runSalla({ resource: 'shippingRoute', operation: 'update', route_id: byId('1670414609'), updateFields: { active: false, name: 'New Route v1', strategy_type: 'default' } });
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['PATCH /admin/v2/shipping/routes/1670414609']);
		expect(received[0].body).toEqual({ name: 'New Route v1', status: 0, strategy: { type: 'default' } });
		expect(items).toEqual([{ json: route, pairedItem: { item: 0 } }]);
	});

	test.each([
		['nothing', {}, 'Nothing to update'],
		['a capacity level without the strategy', { updateFields: { capacity_level: 'route' } }, 'Strategy is empty'],
		['a Match that is not a choice', { updateFields: { condition_match: 'some' } }, 'Match: "some" is not one of the choices'],
	])('Update with %s: nothing is sent', async (_case, parameters, message) => expectNotSent({ resource: 'shippingRoute', operation: 'update', route_id: byId('1670414609'), ...parameters }, message));

	test('Update Default Route sends status as a boolean, the companies and the strategy', async () => {
		const answered = { id: 1637823335, type: 'default', status: true };
		salla('patch', '/shipping/routes/default', 200, answer(answered));
		const { items } = await runSalla({
			resource: 'shippingRoute',
			operation: 'updateDefault',
			defaultRouteFields: { active: true, strategy_type: 'manual' },
			companies: { company: [{ id: 1298199463, priority: 1 }, { id: 566146469, priority: 2 }] },
		});
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['PATCH /admin/v2/shipping/routes/default']);
		expect(received[0].body).toEqual({ status: true, companies: [{ id: 1298199463, priority: 1 }, { id: 566146469, priority: 2 }], strategy: { type: 'manual' } });
		expect(items).toEqual([{ json: answered, pairedItem: { item: 0 } }]);
	});

	test('Update Default Route with nothing set sends nothing', async () => {
		const { error } = await runSalla({ resource: 'shippingRoute', operation: 'updateDefault' });
		expect(error?.message).toBe('Nothing to update');
		expect(received).toEqual([]);
	});
});

describe('Shipping Route → Get Many, Get, Delete', () => {
	test('Get Many filters by name; Get and Delete use the route\'s ID', async () => {
		salla('get', '/shipping/routes?name=Branded%20Route&page=1&per_page=60', 200, { ...answer([route]), pagination: { currentPage: 1, totalPages: 1 } });
		salla('get', '/shipping/routes/1670414609', 200, answer(route));
		salla('delete', '/shipping/routes/1670414609', 200, answer({ message: 'تم حذف المسار بنجاح' }));
		const all = await runSalla({ resource: 'shippingRoute', operation: 'getAll', returnAll: true, filters: { name: 'Branded Route' } });
		const one = await runSalla({ resource: 'shippingRoute', operation: 'get', route_id: byId('1670414609') });
		const gone = await runSalla({ resource: 'shippingRoute', operation: 'delete', route_id: byId('1670414609') });
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /admin/v2/shipping/routes?name=Branded%20Route&page=1&per_page=60',
			'GET /admin/v2/shipping/routes/1670414609',
			'DELETE /admin/v2/shipping/routes/1670414609',
		]);
		expect(all.items).toEqual([{ json: route, pairedItem: { item: 0 } }]);
		expect(one.items).toEqual([{ json: route, pairedItem: { item: 0 } }]);
		expect(gone.items).toEqual([{ json: { id: 1670414609, deleted: true, message: 'تم حذف المسار بنجاح' }, pairedItem: { item: 0 } }]);
	});

	test('a route that is not an ID sends nothing; Salla\'s 403 is mapped', async () => {
		const bad = await runSalla({ resource: 'shippingRoute', operation: 'get', route_id: byId('={{ "auto" }}') });
		expect(bad.error?.message).toBe('Shipping Route: "auto" is not a shipping route ID');
		expect(received).toEqual([]);
		salla('get', '/shipping/routes/1', 403, { status: 403, success: false, error: { code: 'error', message: 'التطبيق لايدعم هذه الميزة' } });
		const refused = await runSalla({ resource: 'shippingRoute', operation: 'get', route_id: byId('1') });
		expect(refused.error?.message).toBe('Salla refused this operation (403)');
	});

	test('the route picker lists routes by name', async () => {
		salla('get', '/shipping/routes?page=1&per_page=60', 200, answer([route, { id: 2, name: 'Auto assign route' }]));
		const { result } = await callMethod('listSearch', 'searchShippingRoutes', { resource: 'shippingRoute', operation: 'get' }, ['testing']);
		expect(result).toEqual({ results: [{ name: 'Testing Route 1', value: '1670414609', url: undefined }], paginationToken: undefined });
	});
});

test('a condition row shows only the fields of its type', async () => {
	const { Salla } = await import('../../nodes/Salla/Salla.node');
	const field = new Salla().description.properties.find(
		(property) => property.name === 'conditions' && property.displayOptions?.show?.resource?.includes('shippingRoute'),
	);
	const values = (field?.options as Array<{ values: Array<{ name: string; displayOptions?: { show?: { type?: string[] } } }> }>)[0].values;
	const shownFor = Object.fromEntries(values.map((value) => [value.name, value.displayOptions?.show?.type]));
	expect(shownFor).toEqual({
		area_type: ['areas'],
		city_ids: ['areas'],
		country_id: ['areas'],
		days: ['schedule'],
		time_from: ['schedule'],
		ids: ['categories', 'customer_groups', 'branches'],
		max: ['cart_total', 'cart_weight', 'cart_quantity', 'branch_count'],
		operator: ['cart_total', 'cart_weight', 'cart_quantity', 'branch_count', 'categories', 'customer_groups', 'branches'],
		product_ids: ['specific_products_quantity'],
		quantity: ['specific_products_quantity'],
		time_to: ['schedule'],
		type: undefined,
		value: ['cart_total', 'cart_weight', 'cart_quantity', 'branch_count'],
	});
});
