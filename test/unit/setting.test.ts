/**
 * Setting → Get Many, Get and Update, and the setting picker.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectApiError, expectNotSent, expectRefused, expectSallaHeaders, invalidFields, notFound, requestedPaths } from '../helpers/fixtures';

const orderSettings = [
	{ slug: 'orders.receive_orders', type: 'form', value: null },
	{ slug: 'orders.reorder', type: 'boolean', value: true },
	{ slug: 'orders.minimum_amount', type: 'string', value: '123.23' },
	{ slug: 'orders.status_notifications', type: 'dropdown', value: ['email'] },
];

const bySlug = (value: string) => ({ __rl: true, mode: 'slug', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value, cachedResultName: `${value} (boolean)` });
const updated = { status: 201, success: true, data: { message: 'The record has been updated successfully', code: 201 } };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Setting → Get Many', () => {
	test('asks for the chosen entity and outputs one item per setting', async () => {
		salla('get', '/settings?entity=orders', 200, { status: 200, success: true, data: orderSettings });

		const { items, error } = await runSalla({ resource: 'setting', operation: 'getAll', entity: 'orders' });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/settings?entity=orders']);
		expectSallaHeaders(received[0].headers);
		expect(items).toEqual(orderSettings.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('an entity that is not offered sends nothing', async () => {
		await expectRefused({ resource: 'setting', operation: 'getAll', entity: '={{ "payments" }}' }, 'Entity: "payments" is not one of the choices');
	});

	test('Salla\'s 422 names the field it rejected', async () => {
		salla('get', '/settings?entity=store', 422, invalidFields({ entity: ['The selected entity is invalid.'] }));
		const { error } = await runSalla({ resource: 'setting', operation: 'getAll', entity: 'store' });
		expectApiError(error, '422', 'Salla rejected the data (422): entity: The selected entity is invalid.');
	});
});

describe('Setting → Get', () => {
	test('outputs the details Salla sends in its envelope', async () => {
		const details = { receive_orders: true, limit: { enable: false, count: 50 } };
		salla('get', '/settings/fields/orders.receive_orders', 200, { status: 200, success: true, data: details });

		const { items, error } = await runSalla({ resource: 'setting', operation: 'get', setting: fromList('orders.receive_orders') });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/settings/fields/orders.receive_orders']);
		expectSallaHeaders(received[0].headers);
		expect(items).toEqual([{ json: details, pairedItem: { item: 0 } }]);
	});

	test('details Salla sends bare are output as they are', async () => {
		const times = { saturday: { enabled: true, from: '00:00', to: '23:55' } };
		salla('get', '/settings/fields/orders.receiving_times', 200, times);
		const { items } = await runSalla({ resource: 'setting', operation: 'get', setting: bySlug(' orders.receiving_times ') });
		expect(items).toEqual([{ json: times, pairedItem: { item: 0 } }]);
	});

	test('a list is one item per entry; a bare value is output with its slug', async () => {
		const guides = [{ id: 1298199463, name: 'Size 4' }, { id: 2, name: 'Size 5' }];
		salla('get', '/settings/fields/products.size_guides', 200, { status: 200, success: true, data: guides });
		salla('get', '/settings/fields/orders.reorder', 200, { status: 200, success: true, data: true });

		const { items } = await runSalla({ resource: 'setting', operation: 'get', setting: bySlug('={{ $json.slug }}') }, {
			items: [{ slug: 'products.size_guides' }, { slug: 'orders.reorder' }],
		});

		expect(items).toEqual([
			{ json: guides[0], pairedItem: { item: 0 } },
			{ json: guides[1], pairedItem: { item: 0 } },
			{ json: { slug: 'orders.reorder', value: true }, pairedItem: { item: 1 } },
		]);
	});

	test.each([
		['an empty setting', bySlug('={{ "" }}'), 'Setting is empty'],
		['a setting name instead of a slug', bySlug('={{ "Minimum order amount" }}'), 'Setting: "Minimum order amount" is not a setting slug'],
	])('bad input (%s) sends nothing', async (_case, setting, message) => {
		await expectNotSent({ resource: 'setting', operation: 'get', setting }, message);
	});

	test('a slug Salla does not know is a clear 404', async () => {
		salla('get', '/settings/fields/orders.nothing', 404, notFound);
		const { error } = await runSalla({ resource: 'setting', operation: 'get', setting: bySlug('orders.nothing') });
		expectApiError(error, '404', 'Salla could not find what this operation refers to (404)');
	});
});

describe('Setting → Update', () => {
	const update = (parameters: Record<string, unknown>) => ({ resource: 'setting', operation: 'update', setting: fromList('orders.reorder'), ...parameters });

	test('a boolean setting is sent true or false, and the output says what was set', async () => {
		salla('put', '/settings/fields/orders.reorder', 201, updated);

		const { items, error } = await runSalla(update({ type: 'boolean', enabled: false }));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['PUT /admin/v2/settings/fields/orders.reorder']);
		expectSallaHeaders(received[0].headers);
		expect(received[0].body).toEqual({ value: false });
		expect(items).toEqual([
			{ json: { slug: 'orders.reorder', value: false, updated: true, message: 'The record has been updated successfully' }, pairedItem: { item: 0 } },
		]);
	});

	test('a text setting is sent as trimmed text', async () => {
		salla('put', '/settings/fields/orders.minimum_amount', 201, updated);
		await runSalla(update({ setting: bySlug('orders.minimum_amount'), type: 'string', value: ' 150 ' }));
		expect(received[0].body).toEqual({ value: '150' });
	});

	test('a dropdown setting is sent as a list of choices, from text or from an expression list', async () => {
		salla('put', '/settings/fields/orders.status_notifications', 201, updated);
		salla('put', '/settings/fields/orders.status_notifications', 201, updated);
		await runSalla(update({ setting: bySlug('orders.status_notifications'), type: 'dropdown', values: '={{ $json.channels }}' }), {
			items: [{ channels: 'email, sms' }, { channels: ['sms'] }],
		});
		expect(received.map((request) => request.body)).toEqual([{ value: ['email', 'sms'] }, { value: ['sms'] }]);
	});

	test('an empty choice list selects none', async () => {
		salla('put', '/settings/fields/orders.status_notifications', 201, updated);
		await runSalla(update({ setting: bySlug('orders.status_notifications'), type: 'dropdown', values: '' }));
		expect(received[0].body).toEqual({ value: [] });
	});

	test.each([
		['a type that is not offered', { type: '={{ "form" }}' }, 'Type: "form" is not one of the choices'],
		['an Enabled that is not true or false', { type: 'boolean', enabled: '={{ "yes" }}' }, 'Enabled: "yes" is not true or false'],
		['an empty text value', { type: 'string', value: '' }, 'Value is empty'],
		['a slug that is not one', { setting: bySlug('={{ "reorder" }}'), type: 'boolean', enabled: true }, 'Setting: "reorder" is not a setting slug'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => {
		await expectNotSent(update(parameters), message);
	});

	test('Salla\'s 422 names the field it rejected', async () => {
		salla('put', '/settings/fields/orders.minimum_amount', 422, invalidFields({ value: ['The value must be a number.'] }));
		const { error } = await runSalla(update({ setting: bySlug('orders.minimum_amount'), type: 'string', value: 'abc' }));
		expectApiError(error, '422', 'Salla rejected the data (422): value: The value must be a number.');
	});
});

describe('Setting picker', () => {
	const settings = (data: object[]) => ({ status: 200, success: true, data });

	test('lists one entity a page as the user scrolls', async () => {
		salla('get', '/settings?entity=blogs&page=1&per_page=60', 200, settings([{ slug: 'blogs.comments', type: 'boolean', value: true }]));
		const { result } = await callMethod('listSearch', 'searchSettings', { resource: 'setting', operation: 'get' }, ['']);
		expect(result).toEqual({ results: [{ name: 'blogs.comments (boolean)', value: 'blogs.comments' }], paginationToken: '1' });
	});

	test('a search reads entities until one has a match, skipping one Salla refuses', async () => {
		salla('get', '/settings?entity=customers&page=1&per_page=60', 200, settings([{ slug: 'customers.login', type: 'form', value: null }]));
		salla('get', '/settings?entity=feedbacks&page=1&per_page=60', 422, invalidFields({ entity: ['The selected entity is invalid.'] }));
		salla('get', '/settings?entity=mahally&page=1&per_page=60', 200, settings([]));
		salla('get', '/settings?entity=marketing&page=1&per_page=60', 200, settings([{ slug: 'marketing.settings.show_offers', type: 'boolean', value: true }]));

		const { result } = await callMethod('listSearch', 'searchSettings', { resource: 'setting', operation: 'update' }, ['offers', '1']);

		expect(requestedPaths()).toEqual([
			'GET /admin/v2/settings?entity=customers&page=1&per_page=60',
			'GET /admin/v2/settings?entity=feedbacks&page=1&per_page=60',
			'GET /admin/v2/settings?entity=mahally&page=1&per_page=60',
			'GET /admin/v2/settings?entity=marketing&page=1&per_page=60',
		]);
		expect(result).toEqual({ results: [{ name: 'marketing.settings.show_offers (boolean)', value: 'marketing.settings.show_offers' }], paginationToken: '5' });
	});
});
