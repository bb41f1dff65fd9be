/**
 * Customer Group → Add Customers: customers picked from the searchable list, alone or beside IDs.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectNotSent } from '../helpers/fixtures';
import { addedItem, customersAdded } from '../helpers/customerGroup';

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

const picked = (...values: string[]) => ({
	customer: values.map((value) => ({ customer: { __rl: true, mode: value.startsWith('=') ? 'id' : 'list', value } })),
});
const addCustomers = (parameters: Record<string, unknown>) => ({
	resource: 'customerGroup',
	operation: 'addCustomers',
	group: { __rl: true, mode: 'id', value: '667738032' },
	...parameters,
});

test('customers picked from the list alone', async () => {
	salla('post', '/customers/groups/add_customers', 200, customersAdded);

	const { items, error } = await runSalla(addCustomers({ pickedCustomers: picked('447121768', '1761729493') }));

	expect(error).toBeUndefined();
	expect(received[0].path).toBe('/admin/v2/customers/groups/add_customers');
	expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
	expect(received[0].body).toEqual({ group_id: 667738032, customers: [447121768, 1761729493] });
	expect(items).toEqual([addedItem(667738032, [447121768, 1761729493])]);
});

test('picked customers and IDs together, each customer once', async () => {
	salla('post', '/customers/groups/add_customers', 200, customersAdded);
	await runSalla(addCustomers({ pickedCustomers: picked('5', '={{ $json.id }}'), customers: '6, 5' }), { items: [{ id: 7 }] });
	expect(received[0].body).toEqual({ group_id: 667738032, customers: [5, 7, 6] });
});

test('a picked customer that is not an ID is refused before sending', async () => {
	await expectNotSent(addCustomers({ pickedCustomers: picked('={{ "Sara" }}') }), 'Customers: customer 1 ("Sara") is not a customer ID');
});
