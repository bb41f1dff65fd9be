/** Order Status → Get, Update and Sort: the exact request, the output, the checks before sending. */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value });
const custom = { id: 224309239, name: 'حنراجع طلبك', type: 'custom', slug: 'under_review', sort: 5, is_active: true, parent: {}, children: [] };
const paths = () => received.map(({ method, path }) => `${method} ${path}`);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Order Status → Get', () => {
	test('GET /orders/statuses/{status}', async () => {
		salla('get', '/orders/statuses/224309239', 200, { status: 200, success: true, data: custom });
		const { items } = await runSalla({ resource: 'orderStatus', operation: 'get', status_id: byId(224309239) });
		expect(paths()).toEqual(['GET /admin/v2/orders/statuses/224309239']);
		expect(items).toEqual([{ json: custom, pairedItem: { item: 0 } }]);
	});

	test('the status picker filters the list on the name', async () => {
		salla('get', '/orders/statuses?page=1&per_page=60', 200, {
			status: 200,
			success: true,
			data: [custom, { id: 525144736, name: 'ملغي', type: 'original', slug: 'canceled', parent: null }],
			pagination: { count: 2, total: 2, perPage: 60, currentPage: 1, totalPages: 1, links: {} },
		});
		const { result } = await callMethod('listSearch', 'searchOrderStatuses', { resource: 'orderStatus', operation: 'get' }, ['ملغي']);
		expect(result).toEqual({ results: [{ name: 'ملغي (Salla status (canceled))', value: '525144736' }], paginationToken: undefined });
	});

	test('an ID that is not a number is refused before sending', async () => {
		const { error } = await runSalla({ resource: 'orderStatus', operation: 'get', status_id: byId('={{ "canceled" }}') });
		expect(error?.message).toBe('Order Status: "canceled" is not an order status ID');
		expect(received).toEqual([]);
	});
});

describe('Order Status → Update', () => {
	const update = (updateFields: Record<string, unknown>) => ({ resource: 'orderStatus', operation: 'update', status_id: byId(224309239), updateFields });

	test('PUT /orders/statuses/{status} with only the fields set', async () => {
		salla('put', '/orders/statuses/224309239', 200, { status: 200, success: true, data: custom });
		const { items } = await runSalla(update({ name: ' Waiting ', message: 'Complete your payment now', icon: 'sicon-cup-hot', sort: 3, is_active: false }));
		expect(paths()).toEqual(['PUT /admin/v2/orders/statuses/224309239']);
		expect(received[0].body).toEqual({ name: 'Waiting', message: 'Complete your payment now', icon: 'sicon-cup-hot', sort: 3, is_active: false });
		expect(items).toEqual([{ json: custom, pairedItem: { item: 0 } }]);
	});

	test.each([
		[{}, 'Nothing to update'],
		[{ name: '  ' }, 'Nothing to update'],
		[{ sort: -1 }, 'Sort: "-1" is not a whole number of at least 0'],
		[{ is_active: 'yes' }, 'Active: "yes" is not true or false'],
	])('%j is refused before sending', async (fields, message) => {
		const { error } = await runSalla(update(fields));
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 (an original status) becomes a NodeApiError', async () => {
		salla('put', '/orders/statuses/525144736', 422, {
			status: 422,
			success: false,
			error: { code: 'error', message: 'alert.invalid_fields', fields: { status: ['لا يمكن تعديل الحالة'] } },
		});
		const { error } = await runSalla({ ...update({ name: 'x' }), status_id: byId(525144736) });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): status: لا يمكن تعديل الحالة');
	});
});

describe('Order Status → Sort', () => {
	const sort = (status: unknown) => ({ resource: 'orderStatus', operation: 'sort', statuses: { status } });

	test('POST /orders/statuses/sort with Salla\'s list of {status_id, sort}', async () => {
		salla('post', '/orders/statuses/sort', 200, { status: 200, success: true, data: { message: 'The entities has been updated successfully', code: 200 } });
		const { items } = await runSalla(sort([{ status_id: 12345, sort: 2 }, { status_id: '654321', sort: '1' }]));
		expect(paths()).toEqual(['POST /admin/v2/orders/statuses/sort']);
		expect(received[0].body).toEqual([{ status_id: 12345, sort: 2 }, { status_id: 654321, sort: 1 }]);
		expect(items).toEqual([
			{
				json: { sorted: [{ status_id: 12345, sort: 2 }, { status_id: 654321, sort: 1 }], message: 'The entities has been updated successfully' },
				pairedItem: { item: 0 },
			},
		]);
	});

	test.each([
		[[], 'Statuses is empty'],
		[[{ status_id: '', sort: 1 }], 'Statuses: Status 1: Status is empty'],
		[[{ status_id: 1, sort: 1 }, { status_id: 1, sort: 2 }], 'Statuses: Status 2: the status 1 is there twice'],
		[[{ status_id: 1, sort: 1.5 }], 'Statuses: Status 1: Position: "1.5" is not a whole number of at least 0'],
	])('%j is refused before sending', async (status, message) => {
		const { error } = await runSalla(sort(status));
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});
});
