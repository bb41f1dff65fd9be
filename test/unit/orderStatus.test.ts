/**
 * Order Status → Get Many and Create, and the pickers built on the store's statuses (Get Many's
 * filter, Update Status, Create's parent), orders, countries and cities.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectNotSent, invalidFields } from '../helpers/fixtures';

const list = (data: object[], currentPage = 1, totalPages = 1) => ({
	status: 200,
	success: true,
	data,
	pagination: { count: data.length, total: data.length, perPage: 60, currentPage, totalPages, links: {} },
});

/** A store that customised its statuses: a custom main status, a custom sub-status, an original. */
const statuses = [
	{ id: 1638621685, name: 'تم التنفيذ', type: 'custom', slug: 'completed', parent: {}, original: { id: 1298199463, name: 'تم التنفيذ' } },
	{ id: 1422535667, name: 'جاري التوصيل', type: 'custom', slug: 'delivering', parent: { id: 1638621685, name: 'تم التنفيذ' }, original: { id: 349994915, name: 'جاري التوصيل' } },
	{ id: 525144736, name: 'ملغي', type: 'original', slug: 'canceled', original: null, parent: null },
];

const create = (parameters: Record<string, unknown> = {}) => ({
	resource: 'orderStatus',
	operation: 'create',
	parent_id: 1638621685,
	name: 'Waiting for stock',
	message: 'Your order waits for stock',
	...parameters,
});

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Order Status → Get Many', () => {
	test('GET /orders/statuses, one item per status', async () => {
		salla('get', '/orders/statuses?page=1&per_page=60', 200, list(statuses));
		const { items, error } = await runSalla({ resource: 'orderStatus', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual(statuses.map((json) => ({ json, pairedItem: { item: 0 } })));
	});
});

describe('Order Status → Create', () => {
	const createdStatus = { id: 120960473, name: 'Waiting for stock', type: 'custom', slug: 'completed', is_active: true };

	test('the required fields only', async () => {
		salla('post', '/orders/statuses', 200, { status: 200, success: true, data: createdStatus });
		const { items } = await runSalla(create());
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/orders/statuses');
		expect(received[0].body).toEqual({ parent_id: 1638621685, name: 'Waiting for stock', message: 'Your order waits for stock' });
		expect(items).toEqual([{ json: createdStatus, pairedItem: { item: 0 } }]);
	});

	test('icon, sort and active', async () => {
		salla('post', '/orders/statuses', 200, { status: 200, success: true, data: createdStatus });
		await runSalla(create({ additionalFields: { icon: 'sicon-cup-hot', sort: 3, is_active: false } }));
		expect(received[0].body).toEqual({
			parent_id: 1638621685,
			name: 'Waiting for stock',
			message: 'Your order waits for stock',
			icon: 'sicon-cup-hot',
			sort: 3,
			is_active: false,
		});
	});

	test.each<[Record<string, unknown>, string]>([
		[{ parent_id: '={{ "" }}' }, 'Parent Status is empty'],
		[{ parent_id: '={{ "completed" }}' }, 'Parent Status: "completed" is not an ID'],
		[{ name: '={{ " " }}' }, 'Name is empty'],
		[{ message: '={{ "" }}' }, 'Message is empty'],
		[{ additionalFields: { sort: 1.5 } }, 'Sort: "1.5" is not a whole number of at least 0'],
	])('%j is refused before sending', async (parameters, message) => {
		await expectNotSent(create(parameters), message);
	});

	test('Salla\'s 422 becomes a NodeApiError', async () => {
		salla('post', '/orders/statuses', 422, invalidFields({ parent_id: ['الحالة غير موجودة'] }));
		const { error } = await runSalla(create());
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): parent_id: الحالة غير موجودة');
	});
});

describe('status, country and city pickers', () => {
	test('getOrderStatuses: every status by ID, saying what it is', async () => {
		salla('get', '/orders/statuses?page=1&per_page=60', 200, list(statuses));
		const { result } = await callMethod('loadOptions', 'getOrderStatuses', { resource: 'order', operation: 'getAll' });
		expect(result).toEqual([
			{ name: 'تم التنفيذ', value: 1638621685, description: 'Custom status (completed)' },
			{ name: 'جاري التوصيل', value: 1422535667, description: 'Custom status (delivering) under تم التنفيذ' },
			{ name: 'ملغي', value: 525144736, description: 'Salla status (canceled)' },
		]);
	});

	test('getOrderStatusTargets: originals by slug, custom statuses by status_id, then the originals the store left out', async () => {
		salla('get', '/orders/statuses?page=1&per_page=60', 200, list(statuses));
		const { result } = await callMethod<Array<{ value: string }>>('loadOptions', 'getOrderStatusTargets', { resource: 'order', operation: 'updateStatus' });
		expect(result.map((option) => option.value).slice(0, 3)).toEqual(['status_id:1638621685', 'status_id:1422535667', 'slug:canceled']);
		expect(result.map((option) => option.value).slice(3)).toEqual(
			['payment_pending', 'under_review', 'in_progress', 'completed', 'delivering', 'delivered', 'shipped', 'restored', 'restoring'].map((slug) => `slug:${slug}`),
		);
	});

	test('getMainOrderStatuses: only statuses without a parent', async () => {
		salla('get', '/orders/statuses?page=1&per_page=60', 200, list(statuses));
		const { result } = await callMethod<Array<{ value: number }>>('loadOptions', 'getMainOrderStatuses', create());
		expect(result.map((option) => option.value)).toEqual([1638621685, 525144736]);
	});

	test('getCities asks for the cities of the country chosen in Ship To, and nothing without one', async () => {
		salla('get', '/countries/1473353380/cities?page=1&per_page=60', 200, list([{ id: 1939592358, name: 'Riyadh' }]));
		const parameters = { resource: 'order', operation: 'create', ship_to: { address: { country: 1473353380 } } };
		const { result } = await callMethod('loadOptions', 'getCities', parameters);
		expect(result).toEqual([{ name: 'Riyadh', value: 1939592358 }]);

		const empty = await callMethod('loadOptions', 'getCities', { resource: 'order', operation: 'create' });
		expect(empty.result).toEqual([]);
		expect(received).toHaveLength(1);
	});

	test('getCountries lists the countries by ID', async () => {
		salla('get', '/countries?page=1&per_page=60', 200, list([{ id: 1473353380, name: 'السعودية' }]));
		const { result } = await callMethod('loadOptions', 'getCountries', { resource: 'order', operation: 'create' });
		expect(result).toEqual([{ name: 'السعودية', value: 1473353380 }]);
	});

	test('searchOrders searches Salla by keyword and shows the order number and customer', async () => {
		salla('get', '/orders?page=1&per_page=60&keyword=Ali', 200, list([
			{ id: 1275404514, reference_id: 40497223, customer: { first_name: 'Mohammed', last_name: 'Ali' }, urls: { admin: 'https://s.salla.sa/orders/order/x' } },
		]));
		const { result } = await callMethod('listSearch', 'searchOrders', { resource: 'order', operation: 'get' }, ['Ali']);
		expect(result).toEqual({
			results: [{ name: '#40497223 · Mohammed Ali', value: '1275404514', url: 'https://s.salla.sa/orders/order/x' }],
			paginationToken: undefined,
		});
	});
});
