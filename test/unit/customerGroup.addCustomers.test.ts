/**
 * Customer Group → Add Customers and → Update Default Group.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectNotSent } from '../helpers/fixtures';
import { addedItem, customersAdded } from '../helpers/customerGroup';

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));


describe('Customer Group → Add Customers', () => {
	const addCustomers = (customers: unknown, group: object = { __rl: true, mode: 'list', value: '667738032' }) => ({
		resource: 'customerGroup',
		operation: 'addCustomers',
		group,
		customers,
	});

	test('sends the group and the customers as integers, and says what was added', async () => {
		salla('post', '/customers/groups/add_customers', 200, customersAdded);

		const { items, error } = await runSalla(addCustomers(['447121768', ' 1761729493 ']));

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/customers/groups/add_customers');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(received[0].body).toEqual({ group_id: 667738032, customers: [447121768, 1761729493] });
		expect(items).toEqual([addedItem(667738032, [447121768, 1761729493])]);
	});

	test.each([
		['an expression giving an array of numbers', '={{ $json.ids }}', { ids: [1, 2, 3] }, [1, 2, 3]],
		['an expression giving comma-separated text', '={{ $json.ids }}', { ids: '10, 20,30' }, [10, 20, 30]],
		['list entries holding comma-separated text', ['5,6', '={{ $json.ids }}'], { ids: 7 }, [5, 6, 7]],
	])('customers from %s', async (_case, customers, json, expected) => {
		salla('post', '/customers/groups/add_customers', 200, customersAdded);
		await runSalla(addCustomers(customers, { __rl: true, mode: 'id', value: '={{ 42 }}' }), { items: [json] });
		expect(received[0].body).toEqual({ group_id: 42, customers: expected });
	});

	test.each([
		['no customers', [], 'Customer IDs is empty'],
		['an empty expression', '={{ "" }}', 'Customer IDs is empty'],
		['a non-integer ID', ['447121768', '12.5'], 'Customer IDs: "12.5" is not a customer ID'],
		['a name instead of an ID', '={{ "447121768, Sara" }}', 'Customer IDs: "Sara" is not a customer ID'],
		['an object', '={{ [{ "id": 1 }] }}', 'Customer IDs: "{"id":1}" is not a customer ID'],
	])('bad input (%s) is rejected before sending', async (_case, customers, message) => {
		await expectNotSent(addCustomers(customers), message);
	});

	test('a bad group ID is rejected before sending', async () => {
		await expectNotSent(addCustomers(['1'], { __rl: true, mode: 'id', value: '={{ -3 }}' }), 'Customer Group: "-3" is not a customer group ID');
	});

	test('Salla\'s 422 names the customers it refused', async () => {
		salla('post', '/customers/groups/add_customers', 422, {
			status: 422,
			success: false,
			error: {
				code: 'error',
				message: 'alert.invalid_fields',
				fields: { 'customers.0': ['حقل customers.0 غير صالح'] },
			},
		});
		const { error } = await runSalla(addCustomers(['1']));
		expect(error?.message).toBe('Salla rejected the data (422): customers.0: حقل customers.0 غير صالح');
	});
});

describe('Customer Group → Update Default Group', () => {
	const updateDefault = (features: object) => ({ resource: 'customerGroup', operation: 'updateDefault', features });

	test('sends only the features and outputs Salla\'s answer', async () => {
		salla('post', '/customers/groups/default', 201, {
			status: 201,
			success: true,
			data: { message: 'The default group has been updated successfully', code: 201 },
		});

		const { items, error } = await runSalla(updateDefault({ payment_method: ['credit_card', 'mada', 'cod'], shipping: 'all' }));

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/customers/groups/default');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({ features: { payment_method: ['credit_card', 'mada', 'cod'], shipping: ['all'] } });
		expect(items).toEqual([
			{ json: { message: 'The default group has been updated successfully', code: 201 }, pairedItem: { item: 0 } },
		]);
	});

	test('payment methods alone', async () => {
		salla('post', '/customers/groups/default', 201, { status: 201, success: true, data: { message: 'ok', code: 201 } });
		await runSalla(updateDefault({ payment_method: '={{ ["mada"] }}' }));
		expect(received[0].body).toEqual({ features: { payment_method: ['mada'] } });
	});

	test('no features set is rejected before sending', async () => {
		const { error } = await runSalla(updateDefault({}));
		expect(error?.message).toBe('Features is empty');
		expect(error?.description).toBe(
			'Add Payment Methods or Shipping: they are all Salla lets you change on the default group.',
		);
		expect(received).toEqual([]);
	});
});
