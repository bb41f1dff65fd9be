/**
 * Customer → Get, Delete, Ban and Unban (the customer in the URL), and the customer picker's search.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent, listPicker, notFound } from '../helpers/fixtures';

const fromList = listPicker('Ahmed Ali');
const ahmed = {
	id: 2075683582,
	first_name: 'Ahmed',
	last_name: 'Ali',
	mobile: 777777777,
	mobile_code: '967',
	email: 'ahmedali@test.test',
	urls: { customer: 'https://shtara.com/profile', admin: 'https://s.salla.sa/customers/243798' },
	groups: [11323141],
};

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Customer → Get', () => {
	test('gets one customer and outputs Salla\'s data', async () => {
		salla('get', '/customers/2075683582', 200, { status: 200, success: true, data: ahmed });

		const { items, error } = await runSalla({ resource: 'customer', operation: 'get', customer: fromList('2075683582') });

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('GET');
		expect(received[0].path).toBe('/admin/v2/customers/2075683582');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([{ json: ahmed, pairedItem: { item: 0 } }]);
	});

	test('extra fields, including order statistics, go out as fields[]', async () => {
		salla('get', /customers\/77/, 200, { status: 200, success: true, data: { id: 77, orders_count: 3 } });
		const { items } = await runSalla({ resource: 'customer', operation: 'get', customer: byId(' 77 '), fields: ['orders_count', 'wallet_balance'] });
		expect(received[0].path).toBe('/admin/v2/customers/77?fields%5B%5D=orders_count&fields%5B%5D=wallet_balance');
		expect(items[0].json).toEqual({ id: 77, orders_count: 3 });
	});

	test('a customer ID per input item, from an expression', async () => {
		salla('get', '/customers/1', 200, { data: { id: 1 } });
		salla('get', '/customers/2', 200, { data: { id: 2 } });
		const { items } = await runSalla(
			{ resource: 'customer', operation: 'get', customer: byId('={{ $json.id }}') },
			{ items: [{ id: 1 }, { id: '2' }] },
		);
		expect(received.map(({ path }) => path).sort()).toEqual(['/admin/v2/customers/1', '/admin/v2/customers/2']);
		expect(items).toEqual([
			{ json: { id: 1 }, pairedItem: { item: 0 } },
			{ json: { id: 2 }, pairedItem: { item: 1 } },
		]);
	});

	test.each([
		['empty', byId('={{ "" }}'), 'Customer is empty'],
		['not a number', byId('={{ "Ahmed" }}'), 'Customer: "Ahmed" is not a customer ID'],
	])('a customer that is %s is refused before sending', async (_case, customer, message) => {
		const { error } = await runSalla({ resource: 'customer', operation: 'get', customer });
		expect(error?.message).toBe(message);
		expect(error?.description).toBe('Choose the customer from the list, or give its ID: a whole number such as 2075683582.');
		expect(received).toEqual([]);
	});

	test('Salla\'s 404 is a NodeApiError', async () => {
		salla('get', '/customers/404404', 404, notFound);
		const { error } = await runSalla({ resource: 'customer', operation: 'get', customer: byId('404404') });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
		expect(error?.message).toContain('(404)');
	});
});

describe('Customer → Delete, Ban, Unban', () => {
	test('Delete says which customer was deleted, with Salla\'s message', async () => {
		salla('delete', '/customers/2075683582', 200, { status: 200, success: true, data: ['تم حذف Customer بنجاح'] });

		const { items, error } = await runSalla({ resource: 'customer', operation: 'delete', customer: byId('2075683582') });

		expect(error).toBeUndefined();
		expect(received[0].method).toBe('DELETE');
		expect(received[0].path).toBe('/admin/v2/customers/2075683582');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([
			{ json: { id: 2075683582, deleted: true, message: 'تم حذف Customer بنجاح' }, pairedItem: { item: 0 } },
		]);
	});

	test('Ban sends the reason to the blacklist', async () => {
		salla('put', '/customers/blacklist/2075683582', 200, {
			status: 201,
			success: true,
			data: { message: 'The Blacklist has been updated successfully', code: 201 },
		});

		const { items, error } = await runSalla({
			resource: 'customer',
			operation: 'ban',
			customer: fromList('2075683582'),
			reason: ' untrusted customer ',
		});

		expect(error).toBeUndefined();
		expect(received[0].method).toBe('PUT');
		expect(received[0].path).toBe('/admin/v2/customers/blacklist/2075683582');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({ reason: 'untrusted customer' });
		expect(items).toEqual([
			{
				json: { id: 2075683582, banned: true, reason: 'untrusted customer', message: 'The Blacklist has been updated successfully' },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Ban without a reason is refused before sending', async () => {
		await expectNotSent({ resource: 'customer', operation: 'ban', customer: byId('1'), reason: '  ' }, 'Reason is empty');
	});

	test('Unban takes the customer off the blacklist (202)', async () => {
		salla('delete', '/customers/blacklist/2075683582', 202, {
			status: 202,
			success: true,
			data: { message: 'The customer in the blacklist has been removed successfully', code: 202 },
		});

		const { items, error } = await runSalla({ resource: 'customer', operation: 'unban', customer: byId('2075683582') });

		expect(error).toBeUndefined();
		expect(received[0].method).toBe('DELETE');
		expect(received[0].path).toBe('/admin/v2/customers/blacklist/2075683582');
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([
			{
				json: { id: 2075683582, banned: false, message: 'The customer in the blacklist has been removed successfully' },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Unban of a customer Salla does not know is its 404', async () => {
		salla('delete', '/customers/blacklist/5', 404, notFound);
		const { error } = await runSalla({ resource: 'customer', operation: 'unban', customer: byId('5') });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
	});
});

describe('the customer picker (searchCustomers)', () => {
	test('searches Salla by keyword and shows name and mobile', async () => {
		salla('get', /\/customers\?/, 200, {
			status: 200,
			success: true,
			data: [ahmed, { id: 5, first_name: '', last_name: '', email: 'x@y.sa' }],
			pagination: { currentPage: 1, totalPages: 2 },
		});

		const { result } = await callMethod('listSearch', 'searchCustomers', { resource: 'customer', operation: 'get' }, ['ahmed']);

		expect(received[0].path).toBe('/admin/v2/customers?page=1&per_page=60&keyword=ahmed');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(result).toEqual({
			results: [
				{ name: 'Ahmed Ali · 967777777777', value: '2075683582', url: 'https://s.salla.sa/customers/243798' },
				{ name: '5 · x@y.sa', value: '5', url: undefined },
			],
			paginationToken: '2',
		});
	});
});
