/**
 * Customer Group → Update and Delete (the group in the URL), and the group picker's list search.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent, listPicker, notFound, requestedPaths } from '../helpers/fixtures';

const fromList = listPicker('VIP');

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Customer Group → Update', () => {
	const update = (parameters: Record<string, unknown>) => ({
		resource: 'customerGroup',
		operation: 'update',
		group: byId('21314237'),
		...parameters,
	});

	test('sends PUT to the group with the same body shape as Create', async () => {
		salla('put', '/customers/groups/21314237', 200, { status: 200, success: true, data: { id: 21314237, name: 'VIP' } });

		const { items, error } = await runSalla(
			update({
				name: 'VIP',
				conditions: { condition: [{ type: 'total_sales', symbol: 'between', min_value: 100, max_value: 500 }] },
				features: { payment_method: ['credit_card', 'mada'], shipping: 'all' },
			}),
		);

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('PUT');
		expect(received[0].path).toBe('/admin/v2/customers/groups/21314237');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(received[0].body).toEqual({
			name: 'VIP',
			conditions: [{ type: 'total_sales', symbol: 'between', min_value: 100, max_value: 500 }],
			features: { payment_method: ['credit_card', 'mada'], shipping: ['all'] },
		});
		expect(items).toEqual([{ json: { id: 21314237, name: 'VIP' }, pairedItem: { item: 0 } }]);
	});

	test('only what the user set is sent: a new name alone', async () => {
		salla('put', '/customers/groups/77', 200, { status: 200, success: true, data: { id: 77, name: 'Renamed' } });
		await runSalla(update({ group: fromList('77'), name: ' Renamed ' }));
		expect(received[0].path).toBe('/admin/v2/customers/groups/77');
		expect(received[0].body).toEqual({ name: 'Renamed' });
	});

	test('only what the user set is sent: conditions alone, without a name', async () => {
		salla('put', '/customers/groups/77', 200, { status: 200, success: true, data: { id: 77, name: 'Kept' } });
		await runSalla(update({ group: byId('77'), conditions: { condition: [{ type: 'total_orders', symbol: '>', value: '={{ 4 }}' }] } }));
		expect(received[0].body).toEqual({ conditions: [{ type: 'total_orders', symbol: '>', value: 4 }] });
	});

	test('the group can come from an expression, per item', async () => {
		salla('put', '/customers/groups/11', 200, { status: 200, success: true, data: { id: 11, name: 'A' } });
		salla('put', '/customers/groups/12', 200, { status: 200, success: true, data: { id: 12, name: 'B' } });

		const { items } = await runSalla(update({ group: byId('={{ $json.groupId }}'), name: '={{ $json.name }}' }), {
			items: [
				{ groupId: 11, name: 'A' },
				{ groupId: '12', name: 'B' },
			],
		});

		expect(received.map((request) => [request.path, request.body])).toEqual([
			['/admin/v2/customers/groups/11', { name: 'A' }],
			['/admin/v2/customers/groups/12', { name: 'B' }],
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test.each([
		['nothing set', {}, 'Nothing to update'],
		['a group ID that is not a number', { group: byId('={{ "VIP" }}'), name: 'x' }, 'Customer Group: "VIP" is not a customer group ID'],
		['an empty group from an expression', { group: byId('={{ $json.nothing }}'), name: 'x' }, 'Customer Group is empty'],
		['a bad condition', { conditions: { condition: [{ type: 'total_sales', symbol: '<', value: '={{ "" }}' }] } }, 'Condition 1: Value is required when Operator is Less than'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => {
		await expectNotSent(update(parameters), message);
	});

	test('a missing group gets a clear 404', async () => {
		salla('put', '/customers/groups/999', 404, notFound);
		const { error } = await runSalla(update({ group: byId('999'), name: 'x' }));
		expect(error?.httpCode).toBe('404');
		expect(error?.message).toBe('Salla could not find what this operation refers to (404)');
		expect(error?.description).toContain('Check the ID');
	});
});

describe('Customer Group → Delete', () => {
	const remove = (group: object) => ({ resource: 'customerGroup', operation: 'delete', group });

	test('sends DELETE to the group and says which group was deleted', async () => {
		salla('delete', '/customers/groups/21314237', 202, {
			status: 202,
			success: true,
			data: { message: 'The Object has been removed successfully', code: 202 },
		});

		const { items, error } = await runSalla(remove(fromList('21314237')));

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('DELETE');
		expect(received[0].path).toBe('/admin/v2/customers/groups/21314237');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([
			{
				json: { id: 21314237, deleted: true, message: 'The Object has been removed successfully' },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('a bad ID from an expression sends nothing', async () => {
		await expectNotSent(remove(byId('={{ "12abc" }}')), 'Customer Group: "12abc" is not a customer group ID');
	});

	test('a bad ID typed in is stopped by n8n\'s own field check, before the run', async () => {
		await expect(runSalla(remove(byId('12abc')))).rejects.toThrow(
			/A customer group ID is a whole number, such as 1394760126/,
		);
		expect(received).toEqual([]);
	});

	test('a missing group gets a clear 404', async () => {
		salla('delete', '/customers/groups/404404', 404, notFound);
		const { error } = await runSalla(remove(byId('404404')));
		expect(error?.httpCode).toBe('404');
		expect(error?.description).toBe(
			'Salla says: "The content you are trying to access is no longer available". ' +
				'Check the ID: it may be mistyped, or the record may have been deleted in the Salla dashboard.',
		);
	});
});

describe('Customer Group picker (list search)', () => {
	const listPage = (data: object[], currentPage: number, totalPages: number) => ({
		status: 200,
		success: true,
		data,
		pagination: { count: data.length, total: 3, perPage: 60, currentPage, totalPages, links: {} },
	});

	test('loads one page at a time and hands back the next page as the pagination token', async () => {
		salla('get', '/customers/groups?page=1&per_page=60', 200, listPage([{ id: 1, name: 'VIP' }, { id: 2, name: 'Wholesale' }], 1, 2));
		salla('get', '/customers/groups?page=2&per_page=60', 200, listPage([{ id: 3, name: 'VIP gold' }], 2, 2));

		const first = await callMethod('listSearch', 'searchCustomerGroups', { resource: 'customerGroup', operation: 'update' });
		const second = await callMethod('listSearch', 'searchCustomerGroups', { resource: 'customerGroup', operation: 'update' }, [undefined, '2']);

		expect(requestedPaths()).toEqual([
			'GET /admin/v2/customers/groups?page=1&per_page=60',
			'GET /admin/v2/customers/groups?page=2&per_page=60',
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(first.result).toEqual({
			results: [
				{ name: 'VIP', value: '1' },
				{ name: 'Wholesale', value: '2' },
			],
			paginationToken: '2',
		});
		expect(second.result).toEqual({ results: [{ name: 'VIP gold', value: '3' }], paginationToken: undefined });
	});

	test('filters by name or exact ID', async () => {
		salla('get', '/customers/groups?page=1&per_page=60', 200, listPage([{ id: 1, name: 'VIP' }, { id: 2, name: 'Wholesale' }, { id: 3, name: 'vip gold' }], 1, 1));
		const { result } = await callMethod('listSearch', 'searchCustomerGroups', {}, ['Vip']);
		expect(result).toEqual({ results: [{ name: 'VIP', value: '1' }, { name: 'vip gold', value: '3' }], paginationToken: undefined });
	});
});
