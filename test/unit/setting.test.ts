/**
 * Setting → Get Many (by entity), Get and Update (by slug), and the setting picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const bySlug = (value: string) => ({ __rl: true, mode: 'slug', value });
const orders = [
	{ slug: 'orders.reorder', type: 'boolean', value: true },
	{ slug: 'orders.minimum_amount', type: 'string', value: '123.23' },
	{ slug: 'orders.status_notifications', type: 'dropdown', value: ['email'] },
];
const ok = (data: unknown) => ({ status: 200, success: true, data });
const updated = { status: 201, success: true, data: { message: 'The record has been updated successfully', code: 201 } };
const sent = () => received.map((request) => [request.method, request.path, request.body]);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Setting → Get Many', () => {
	test('sends the entity and outputs one item per setting', async () => {
		salla('get', '/settings?entity=orders&page=1&per_page=60', 200, ok(orders));
		const { items, error } = await runSalla({ resource: 'setting', operation: 'getAll', entity: 'orders', returnAll: true });
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['GET', '/admin/v2/settings?entity=orders&page=1&per_page=60', undefined]]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual(orders.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('an unknown entity sends nothing', async () => {
		const { error } = await runSalla({ resource: 'setting', operation: 'getAll', entity: '={{ "payments" }}', returnAll: true });
		expect(error?.message).toBe('Entity: "payments" is not one of the choices');
		expect(received).toEqual([]);
	});
});

describe('Setting → Get', () => {
	test('sends GET to the slug and outputs the details', async () => {
		const details = { receive_orders: true, limit: { enable: false, count: 50 } };
		salla('get', '/settings/fields/orders.receive_orders', 200, ok(details));
		const { items, error } = await runSalla({ resource: 'setting', operation: 'get', slug: bySlug(' orders.receive_orders ') });
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['GET', '/admin/v2/settings/fields/orders.receive_orders', undefined]]);
		expect(items).toEqual([{ json: details, pairedItem: { item: 0 } }]);
	});

	test('a slug without its entity sends nothing; Salla\'s 404 is mapped', async () => {
		const bad = await runSalla({ resource: 'setting', operation: 'get', slug: bySlug('={{ "reorder" }}') });
		expect(bad.error?.message).toBe('Setting: "reorder" is not a setting slug');
		expect(received).toEqual([]);

		salla('get', '/settings/fields/orders.nothing', 404, { status: 404, success: false, error: { code: 404, message: 'Not found' } });
		const { error } = await runSalla({ resource: 'setting', operation: 'get', slug: bySlug('orders.nothing') });
		expect(error?.message).toBe('Salla could not find what this operation refers to (404)');
	});
});

describe('Setting → Update', () => {
	const update = (parameters: Record<string, unknown>) => ({ resource: 'setting', operation: 'update', slug: bySlug('orders.reorder'), ...parameters });

	test.each([
		['on or off', { valueType: 'boolean', booleanValue: false }, false],
		['text', { valueType: 'string', textValue: '150.50' }, '150.50'],
		['a list', { valueType: 'list', listValue: 'email, sms' }, ['email', 'sms']],
	])('%s is sent as Salla\'s value; the output says what changed', async (_case, parameters, value) => {
		salla('put', '/settings/fields/orders.reorder', 201, updated);
		const { items, error } = await runSalla(update(parameters));
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['PUT', '/admin/v2/settings/fields/orders.reorder', { value }]]);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(items).toEqual([
			{ json: { slug: 'orders.reorder', value, updated: true, message: 'The record has been updated successfully' }, pairedItem: { item: 0 } },
		]);
	});

	test.each([
		['an empty list', { valueType: 'list', listValue: ' , ' }, 'Values is empty'],
		['an unknown value type', { valueType: '={{ "number" }}' }, 'Value Type: "number" is not one of the choices'],
		['an empty slug', { slug: bySlug('={{ "" }}'), valueType: 'boolean', booleanValue: true }, 'Setting is empty'],
	])('%s sends nothing', async (_case, parameters, message) => {
		const { error } = await runSalla(update(parameters));
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});
});

test('the picker searches one entity when the search names it', async () => {
	salla('get', '/settings?entity=orders', 200, ok(orders));
	const { result } = await callMethod('listSearch', 'searchSettings', { resource: 'setting', operation: 'get' }, ['orders.re']);
	expect(result).toEqual({ results: [{ name: 'orders.reorder (boolean)', value: 'orders.reorder' }] });
});
