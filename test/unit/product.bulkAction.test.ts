/**
 * Product → Bulk Action: Salla's `operations` (one action a run item) on the chosen products
 * (`filters.ids`); one output item per operation Salla reports.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectNotSent } from '../helpers/fixtures';

const started = (action: string) => ({
	status: 200,
	success: true,
	data: [{ operation_id: '9cde43d8-dbac-40f4-8d39-74a9443846b9', action_name: action, status: 'in_progress' }],
});
const bulk = (parameters: Record<string, unknown>) => ({ resource: 'product', operation: 'bulkAction', ids: [1661028235, '388819608'], ...parameters });

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Bulk Action', () => {
	test('Change Prices: column, formula, amount and apply on', async () => {
		salla('post', '/products/actions', 200, started('pricing'));

		const { items, error } = await runSalla(bulk({ action_name: 'pricing', column: 'sale_price', amount: 15, apply_on: 'product_and_variants' }));

		expect(error).toBeUndefined();
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /admin/v2/products/actions']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({
			operations: [{ action_name: 'pricing', value: { column: 'sale_price', formula: 'price - (price * amount / 100)', amount: 15, apply_on: 'product_and_variants' } }],
			filters: { ids: [1661028235, 388819608] },
		});
		expect(items).toEqual([{ json: started('pricing').data[0], pairedItem: { item: 0 } }]);
	});

	test.each([
		['duplicate', {}, { action_name: 'duplicate' }],
		['restore', {}, { action_name: 'restore' }],
		['sale-channels', { channels: ['app'] }, { action_name: 'sale-channels', value: { channels: ['app'] } }],
		['features', { features: { categories: [537348185], brand_id: 959852531, tags: ['1982584825'] } }, { action_name: 'features', value: { categories: [537348185], brand_id: 959852531, tags: [1982584825] } }],
		[
			'notify-quantity',
			{ notify_quantity: 10, minimum_notify_quantity: 20, subscribers_percentage: 5 },
			{ action_name: 'notify-quantity', value: { notify_quantity: 10, minimum_notify_quantity: 20, subscribers_percentage: 5 } },
		],
	])('%s in Salla\'s shape', async (action, parameters, operation) => {
		salla('post', '/products/actions', 200, started(action));
		const { error } = await runSalla(bulk({ action_name: action, ...parameters }));
		expect(error).toBeUndefined();
		expect(received[0].body).toEqual({ operations: [operation], filters: { ids: [1661028235, 388819608] } });
	});

	test.each([
		['no products', bulk({ ids: [], action_name: 'duplicate' }), 'Product Names or IDs is empty'],
		['a product that is not an ID', bulk({ ids: '={{ ["shirt"] }}', action_name: 'duplicate' }), 'Product Names or IDs: "shirt" is not an ID'],
		['an empty formula', bulk({ action_name: 'pricing', formula: '={{ "" }}' }), 'Formula is empty'],
		['no sales channel', bulk({ action_name: 'sale-channels', channels: [] }), 'Sales Channels is empty'],
		['no settings', bulk({ action_name: 'features', features: {} }), 'Settings is empty'],
		['a percentage above 100', bulk({ action_name: 'notify-quantity', subscribers_percentage: 150 }), 'Subscribers Percentage: "150" is not a number from 0 to 100'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => expectNotSent(parameters, message));

	test('Salla\'s 422 is a NodeApiError naming the field', async () => {
		salla('post', '/products/actions', 422, { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { 'operations.0.value.formula': ['The formula is invalid.'] } } });
		const { error } = await runSalla(bulk({ action_name: 'pricing' }));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): operations.0.value.formula: The formula is invalid.');
	});
});
