/**
 * Customer Group → Create: the request Salla receives and the output, and bad input rejected before
 * anything is sent, through n8n-core's real engine with nock as Salla.
 */
import { runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { createGroup as create, groupCreated as created } from '../helpers/customerGroup';
import { expectSallaHeaders } from '../helpers/fixtures';

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Customer Group → Create: requests and output', () => {
	test('name only sends just the name and outputs the created group', async () => {
		salla('post', '/customers/groups', 201, created(101, 'VIP customers'));

		const { items, error } = await runSalla(create());

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/customers/groups');
		expectSallaHeaders(received[0].headers);
		expect(received[0].body).toEqual({ name: 'VIP customers' });
		expect(items).toEqual([{ json: { id: 101, name: 'VIP customers' }, pairedItem: { item: 0 } }]);
	});

	test('the name is trimmed', async () => {
		salla('post', '/customers/groups', 201, created(102, 'Gold'));
		await runSalla(create({ name: '  Gold  ' }));
		expect(received[0].body).toEqual({ name: 'Gold' });
	});

	test('one Greater than condition is sent as {type, symbol, value} with a JSON number', async () => {
		salla('post', '/customers/groups', 201, created(103, 'VIP customers'));

		const { items } = await runSalla(
			create({
				conditions: { condition: [{ type: 'total_sales', symbol: '>', value: 1000 }] },
			}),
		);

		expect(received[0].body).toEqual({
			name: 'VIP customers',
			conditions: [{ type: 'total_sales', symbol: '>', value: 1000 }],
		});
		expect(items).toEqual([{ json: { id: 103, name: 'VIP customers' }, pairedItem: { item: 0 } }]);
	});

	test('Between sends min_value and max_value, and not a leftover Value', async () => {
		salla('post', '/customers/groups', 201, created(104, 'Regulars'));

		await runSalla(
			create({
				name: 'Regulars',
				conditions: {
					condition: [{ type: 'total_orders', symbol: 'between', value: 7, min_value: 5, max_value: 10 }],
				},
			}),
		);

		expect(received[0].body).toEqual({
			name: 'Regulars',
			conditions: [{ type: 'total_orders', symbol: 'between', min_value: 5, max_value: 10 }],
		});
	});

	test('several conditions keep their order and shapes', async () => {
		salla('post', '/customers/groups', 201, created(105, 'Mixed'));

		await runSalla(
			create({
				name: 'Mixed',
				conditions: {
					condition: [
						{ type: 'total_sales', symbol: '>', value: 1000 },
						{ type: 'total_orders', symbol: '<', value: 3 },
						{ type: 'store_rating', symbol: 'between', min_value: 4, max_value: 5 },
						{ type: 'doesnt_have_orders', symbol: '<', value: 1 },
					],
				},
			}),
		);

		expect(received[0].body).toEqual({
			name: 'Mixed',
			conditions: [
				{ type: 'total_sales', symbol: '>', value: 1000 },
				{ type: 'total_orders', symbol: '<', value: 3 },
				{ type: 'store_rating', symbol: 'between', min_value: 4, max_value: 5 },
				{ type: 'doesnt_have_orders', symbol: '<', value: 1 },
			],
		});
	});

	test('payment methods and shipping are sent as features', async () => {
		salla('post', '/customers/groups', 201, created(106, 'VIP customers'));

		await runSalla(create({ features: { payment_method: ['mada', 'credit_card'], shipping: 'all' } }));

		expect(received[0].body).toEqual({
			name: 'VIP customers',
			features: { payment_method: ['mada', 'credit_card'], shipping: ['all'] },
		});
	});

	test('payment methods and shipping from expressions accept comma lists and arrays', async () => {
		salla('post', '/customers/groups', 201, created(107, 'VIP customers'));

		await runSalla(
			create({
				features: {
					payment_method: '={{ "mada, cod ,apple_pay" }}',
					shipping: '={{ ["all"] }}',
				},
			}),
		);

		expect(received[0].body).toEqual({
			name: 'VIP customers',
			features: { payment_method: ['mada', 'cod', 'apple_pay'], shipping: ['all'] },
		});
	});

	test('an empty payment method list sends no features at all', async () => {
		salla('post', '/customers/groups', 201, created(108, 'VIP customers'));
		await runSalla(create({ features: { payment_method: [] }, conditions: {} }));
		expect(received[0].body).toEqual({ name: 'VIP customers' });
	});

	test('expressions are evaluated per item: 3 items make 3 requests, each with its own values', async () => {
		const inputs = [
			{ group: 'Silver', threshold: 500, low: '10', high: 20 },
			{ group: 'Gold', threshold: '1500', low: 21, high: '40' },
			{ group: 'Platinum', threshold: 5000.5, low: 41, high: 100 },
		];
		inputs.forEach((input, index) =>
			salla('post', '/customers/groups', 201, created(200 + index, input.group)),
		);

		const { items, error } = await runSalla(
			create({
				name: '={{ $json.group }}',
				conditions: {
					condition: [
						{ type: 'total_sales', symbol: '>', value: '={{ $json.threshold }}' },
						{
							type: 'total_orders',
							symbol: 'between',
							min_value: '={{ $json.low }}',
							max_value: '={{ $json.high }}',
						},
					],
				},
				features: { payment_method: '={{ $json.group === "Silver" ? ["cod"] : ["mada", "cod"] }}' },
			}),
			{ items: inputs },
		);

		expect(error).toBeUndefined();
		const bodies = received.map((request) => request.body);
		expect(bodies).toEqual([
			{
				name: 'Silver',
				conditions: [
					{ type: 'total_sales', symbol: '>', value: 500 },
					{ type: 'total_orders', symbol: 'between', min_value: 10, max_value: 20 },
				],
				features: { payment_method: ['cod'] },
			},
			{
				name: 'Gold',
				conditions: [
					{ type: 'total_sales', symbol: '>', value: 1500 },
					{ type: 'total_orders', symbol: 'between', min_value: 21, max_value: 40 },
				],
				features: { payment_method: ['mada', 'cod'] },
			},
			{
				name: 'Platinum',
				conditions: [
					{ type: 'total_sales', symbol: '>', value: 5000.5 },
					{ type: 'total_orders', symbol: 'between', min_value: 41, max_value: 100 },
				],
				features: { payment_method: ['mada', 'cod'] },
			},
		]);
		expect(items).toEqual([
			{ json: { id: 200, name: 'Silver' }, pairedItem: { item: 0 } },
			{ json: { id: 201, name: 'Gold' }, pairedItem: { item: 1 } },
			{ json: { id: 202, name: 'Platinum' }, pairedItem: { item: 2 } },
		]);
	});
});

describe('Customer Group → Create: bad input is rejected before anything is sent', () => {
	const cases: Array<[string, Record<string, unknown>, string]> = [
		['an empty name', { name: '={{ "  " }}' }, 'Name is empty'],
		[
			'Between without Min Value and Max Value',
			{
				conditions: {
					condition: [{ type: 'total_sales', symbol: 'between', min_value: '={{ "" }}', max_value: 10 }],
				},
			},
			'Condition 1: Min Value and Max Value are both required when Operator is Between',
		],
		[
			'Min Value greater than Max Value',
			{
				conditions: {
					condition: [
						{ type: 'total_sales', symbol: '>', value: 1 },
						{ type: 'total_sales', symbol: 'between', min_value: 500, max_value: 100 },
					],
				},
			},
			'Condition 2: Min Value (500) is greater than Max Value (100)',
		],
		[
			'Greater than without Value',
			{ conditions: { condition: [{ type: 'total_sales', symbol: '>', value: '={{ $json.missing }}' }] } },
			'Condition 1: Value is required when Operator is Greater than',
		],
		[
			'Less than without Value',
			{ conditions: { condition: [{ type: 'total_orders', symbol: '<', value: '={{ null }}' }] } },
			'Condition 1: Value is required when Operator is Less than',
		],
		[
			'a non-numeric Value from an expression',
			{ conditions: { condition: [{ type: 'total_sales', symbol: '>', value: '={{ "a lot" }}' }] } },
			'Condition 1: Value must be a number, not "a lot"',
		],
		[
			'a non-numeric Max Value from an expression',
			{
				conditions: {
					condition: [{ type: 'total_sales', symbol: 'between', min_value: 1, max_value: '={{ "10k" }}' }],
				},
			},
			'Condition 1: Max Value must be a number, not "10k"',
		],
		[
			'an unknown type from an expression',
			{ conditions: { condition: [{ type: '={{ "total_spent" }}', symbol: '>', value: 1 }] } },
			'Condition 1: unknown Type "total_spent"',
		],
		[
			'an unknown operator from an expression',
			{ conditions: { condition: [{ type: 'total_sales', symbol: '={{ ">=" }}', value: 1 }] } },
			'Condition 1: unknown Operator ">="',
		],
		[
			'a payment method that is not text',
			{ features: { payment_method: '={{ [42] }}' } },
			'Payment Methods: "42" is not a valid value',
		],
	];

	test.each(cases)('%s', async (_case, parameters, message) => {
		const { items, error } = await runSalla(create(parameters));

		// n8n-core wraps errors from preSend in a NodeApiError without an HTTP code.
		expect(error?.message).toBe(message);
		expect(error?.httpCode).toBe('none');
		expect(items).toEqual([]);
		expect(received).toEqual([]);
	});

	test('the error says how to fix it', async () => {
		const { error } = await runSalla(
			create({ conditions: { condition: [{ type: 'total_sales', symbol: 'between', min_value: 9, max_value: 1 }] } }),
		);
		expect(error?.description).toBe('Swap the two values so that Min Value is the lower end of the range.');
	});
});
