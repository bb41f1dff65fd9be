/**
 * Customer Group → Create: Salla's errors reach the user as NodeApiErrors (tokens never shown), and
 * Continue On Fail, through n8n-core's real engine with nock as Salla.
 */
import nock from 'nock';

import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectApiError } from '../helpers/fixtures';
import { createGroup as create, groupCreated as created } from '../helpers/customerGroup';

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

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

		expectApiError(error, '401', 'Salla rejected the access token (401)');
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
		expectApiError(error, '403', 'Salla refused this operation (403)');
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
