/**
 * Customer Group → Create, through n8n-core's real engine, with nock as Salla.
 */
import nock from 'nock';

import {
	ACCESS_TOKEN,
	callMethod,
	CLIENT_ID,
	CLIENT_SECRET,
	REFRESH_TOKEN,
	runSalla,
} from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const create = (parameters: Record<string, unknown> = {}) => ({
	resource: 'customerGroup',
	operation: 'create',
	name: 'VIP customers',
	...parameters,
});

const created = (id: number, name: string) => ({ status: 201, success: true, data: { id, name } });

/** The headers every Salla request must carry. */
const expectSallaHeaders = (headers: Record<string, unknown>, token = ACCESS_TOKEN) => {
	expect(headers.authorization).toBe(`Bearer ${token}`);
	expect(headers['content-type']).toBe('application/json');
	expect(headers.accept).toBe('application/json');
};

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

describe('Customer Group → Create: Salla errors reach the user as NodeApiErrors', () => {
	const sallaError = (status: number, code: string | number, message: string, fields?: object) => ({
		status,
		success: false,
		error: { code, message, ...(fields ? { fields } : {}) },
	});

	/** Salla's 401 triggers n8n's OAuth2 refresh; a second 401 after it means a missing scope. */
	const tokenEndpoint = (accessToken = 'refreshed-access-token') =>
		nock('https://accounts.salla.sa')
			.post('/oauth2/token')
			.reply(200, {
				access_token: accessToken,
				refresh_token: 'refreshed-refresh-token',
				token_type: 'bearer',
				expires_in: 1209600,
			});

	test('401 says the token was rejected or lacks a scope, quotes Salla and says how to fix it', async () => {
		const unauthorized = sallaError(
			401,
			'Unauthorized',
			'The access token should have access to one of those scopes: customers.read_write',
		);
		salla('post', '/customers/groups', 401, unauthorized);
		tokenEndpoint();
		salla('post', '/customers/groups', 401, unauthorized);

		const { error } = await runSalla(create());

		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('401');
		expect(error?.message).toBe('Salla rejected the access token (401)');
		expect(error?.description).toBe(
			'Salla says: "The access token should have access to one of those scopes: customers.read_write". ' +
				'The token has expired and could not be refreshed, or the Salla app lacks a scope this operation needs. ' +
				'In the Salla Partners Portal, give the app the scope customers.read_write, ' +
				'then open the Salla credential in n8n and reconnect it.',
		);
		expect(received.map((request) => request.headers.authorization)).toEqual([
			`Bearer ${ACCESS_TOKEN}`,
			'Bearer refreshed-access-token',
		]);
	});

	test('a 401 that names no scope still says how to fix it', async () => {
		const unauthorized = sallaError(401, 'Unauthorized', 'Unauthenticated.');
		salla('post', '/customers/groups', 401, unauthorized);
		tokenEndpoint();
		salla('post', '/customers/groups', 401, unauthorized);

		const { error } = await runSalla(create());

		expect(error?.description).toBe(
			'Salla says: "Unauthenticated.". The token has expired and could not be refreshed, or the Salla app lacks ' +
				'a scope this operation needs. In the Salla Partners Portal, give the app the scopes this operation ' +
				'needs (the README lists them), then open the Salla credential in n8n and reconnect it.',
		);
	});

	test('403 gets a clear message', async () => {
		salla('post', '/customers/groups', 403, sallaError(403, 'Forbidden', 'This feature is not available on your plan'));
		const { error } = await runSalla(create());
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('403');
		expect(error?.message).toBe('Salla refused this operation (403)');
		expect(error?.description).toContain('Salla says: "This feature is not available on your plan".');
	});

	test('404 gets a clear message', async () => {
		salla('post', '/customers/groups', 404, {
			success: false,
			status: 404,
			error: { code: 404, message: 'The content you are trying to access is no longer available' },
		});
		const { error } = await runSalla(create());
		expect(error?.httpCode).toBe('404');
		expect(error?.message).toBe('Salla could not find what this operation refers to (404)');
		expect(error?.description).toBe(
			'Salla says: "The content you are trying to access is no longer available". ' +
				'Check the ID: it may be mistyped, or the record may have been deleted in the Salla dashboard.',
		);
	});

	test('422 lists every field with its messages, Arabic included', async () => {
		salla(
			'post',
			'/customers/groups',
			422,
			sallaError(422, 'error', 'alert.invalid_fields', {
				name: ['The name has already been taken.'],
				'conditions.0.value': ['حقل conditions.0.value يجب أن يكون رقمًا.', 'second message'],
			}),
		);

		const { error } = await runSalla(create());

		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('422');
		expect(error?.message).toBe(
			'Salla rejected the data (422): name: The name has already been taken.; ' +
				'conditions.0.value: حقل conditions.0.value يجب أن يكون رقمًا. second message',
		);
		expect(error?.description).toBe(
			'Fix these fields and run the node again:\n' +
				'- name: The name has already been taken.\n' +
				'- conditions.0.value: حقل conditions.0.value يجب أن يكون رقمًا. second message',
		);
	});

	test('429 says how long Salla asked to wait', async () => {
		salla('post', '/customers/groups', 429, sallaError(429, 'too_many_requests', 'Too Many Attempts.'), {
			'Retry-After': '30',
		});
		// Longer than the node's Max Rate Limit Wait: the item fails rather than waiting.
		const { error } = await runSalla(create({ options: { maxRateLimitWait: 10 } }));
		expect(error?.httpCode).toBe('429');
		expect(error?.message).toBe("Salla's rate limit for this store was reached (429)");
		expect(error?.description).toContain('Salla asked to wait 30 seconds.');
	});

	test('500 on a create is not sent again, and says the group may have been created', async () => {
		salla('post', '/customers/groups', 500, { message: 'Server Error' });
		const { error } = await runSalla(create());
		expect(received).toHaveLength(1);
		expect(error?.httpCode).toBe('500');
		expect(error?.message).toBe('Salla had a server error (500): the request may have gone through');
		expect(error?.description).toBe(
			'Salla says: "Server Error". The request was sent to Salla, but no clear answer came back, so the node ' +
				'did not send it again: Salla may already have carried it out (for example, created the customer group). ' +
				'Check the store in the Salla dashboard before running this item again.',
		);
	});

	test('no token or secret appears in the error', async () => {
		salla('post', '/customers/groups', 422, sallaError(422, 'validation_failed', 'Validation failed', { name: ['x'] }));
		const { error } = await runSalla(create());
		const serialized = JSON.stringify(error) + JSON.stringify(error, Object.getOwnPropertyNames(error));
		for (const secret of [ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET]) {
			expect(serialized).not.toContain(secret);
		}
	});

	test('an expired access token is refreshed through the token endpoint and the request retried', async () => {
		salla('post', '/customers/groups', 401, sallaError(401, 'Unauthorized', 'Token expired'));
		let tokenRequest = '';
		nock('https://accounts.salla.sa')
			.post('/oauth2/token', (body) => {
				tokenRequest = new URLSearchParams(body as Record<string, string>).toString();
				return true;
			})
			.reply(200, {
				access_token: 'fresh-access-token',
				refresh_token: 'fresh-refresh-token',
				token_type: 'bearer',
				expires_in: 1209600,
			});
		salla('post', '/customers/groups', 201, created(300, 'VIP customers'));

		const { items, error, credentials } = await runSalla(create());

		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { id: 300, name: 'VIP customers' }, pairedItem: { item: 0 } }]);
		expect(received.map((request) => request.headers.authorization)).toEqual([
			`Bearer ${ACCESS_TOKEN}`,
			'Bearer fresh-access-token',
		]);
		expect(received[1].body).toEqual({ name: 'VIP customers' });
		// Salla's refresh tokens are single-use: the new pair must be stored.
		const params = new URLSearchParams(tokenRequest);
		expect(params.get('grant_type')).toBe('refresh_token');
		expect(params.get('refresh_token')).toBe(REFRESH_TOKEN);
		expect(params.get('client_id')).toBe(CLIENT_ID);
		expect(params.get('client_secret')).toBe(CLIENT_SECRET);
		expect(credentials.tokenUpdates).toHaveLength(1);
		expect(credentials.tokenUpdates[0]).toMatchObject({
			access_token: 'fresh-access-token',
			refresh_token: 'fresh-refresh-token',
		});
		expect(JSON.stringify(items)).not.toContain('fresh-access-token');
	});
});

describe('Customer Group → Create: Continue On Fail', () => {
	test('a failing item yields an error item and the other items still run', async () => {
		const named = (name: string) => (body: Record<string, unknown>) => body.name === name;
		salla('post', '/customers/groups', 201, created(401, 'First'), {}, named('First'));
		salla(
			'post',
			'/customers/groups',
			422,
			{ status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { name: ['taken'] } } },
			{},
			named('Third'),
		);

		const { items, error } = await runSalla(
			create({
				name: '={{ $json.name }}',
				conditions: { condition: [{ type: 'total_sales', symbol: '>', value: '={{ $json.value }}' }] },
			}),
			{
				continueOnFail: true,
				items: [
					{ name: 'First', value: 1 },
					{ name: 'Broken', value: 'abc' },
					{ name: 'Third', value: 3 },
				],
			},
		);

		expect(error).toBeUndefined();
		// Requests run concurrently: match each body to its answer by name.
		expect(received.map((request) => request.body).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
			{ name: 'First', conditions: [{ type: 'total_sales', symbol: '>', value: 1 }] },
			{ name: 'Third', conditions: [{ type: 'total_sales', symbol: '>', value: 3 }] },
		]);
		// n8n turns each failure into an error item in place, paired to its input item.
		expect(items.map((item) => ({ json: item.json, pairedItem: item.pairedItem }))).toEqual([
			{ json: { id: 401, name: 'First' }, pairedItem: { item: 0 } },
			{ json: { error: 'Condition 1: Value must be a number, not "abc"' }, pairedItem: { item: 1 } },
			{ json: { error: 'Salla rejected the data (422): name: taken' }, pairedItem: { item: 2 } },
		]);
	});
});

describe('payment methods dropdown', () => {
	test('loads every page of Available Payment Methods and offers their slugs', async () => {
		salla('get', '/payment/methods?page=1&per_page=60', 200, {
			status: 200,
			success: true,
			data: [
				{ id: 1473353380, slug: 'credit_card', name: 'creditCard' },
				{ id: 1298199463, slug: 'mada', name: 'mada' },
			],
			pagination: { count: 2, total: 3, perPage: 2, currentPage: 1, totalPages: 2, links: { next: 'x' } },
		});
		salla('get', '/payment/methods?page=2&per_page=60', 200, {
			status: 200,
			success: true,
			data: [{ id: 525144736, slug: 'cod', name: '' }],
			pagination: { count: 1, total: 3, perPage: 2, currentPage: 2, totalPages: 2, links: [] },
		});

		const { result } = await callMethod('loadOptions', 'getPaymentMethods', create());

		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
			'GET /admin/v2/payment/methods?page=1&per_page=60',
			'GET /admin/v2/payment/methods?page=2&per_page=60',
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(result).toEqual([
			{ name: 'creditCard', value: 'credit_card', description: 'Slug: credit_card' },
			{ name: 'mada', value: 'mada', description: 'Slug: mada' },
			{ name: 'cod', value: 'cod', description: 'Slug: cod' },
		]);
	});

	test('a missing payments.read scope is explained', async () => {
		salla('get', '/payment/methods?page=1&per_page=60', 403, {
			status: 403,
			success: false,
			error: { code: 'Forbidden', message: 'The access token should have access to one of those scopes: payments.read' },
		});
		await expect(callMethod('loadOptions', 'getPaymentMethods', create())).rejects.toMatchObject({
			message: 'Salla refused this operation (403)',
		});
	});
});
