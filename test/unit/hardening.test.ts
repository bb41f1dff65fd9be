/**
 * Issue 10, "nothing lost, nothing doubled, nothing leaked", through n8n-core's real engine with nock
 * as Salla: no half-done runs from one bad item, bad list numbers, named network failures, and an
 * unconnected credential.
 */
import nock from 'nock';

import { runSalla, sallaCredential } from '../helpers/engine';
import { BASE_PATH, pendingMocks, received, resetSalla, SALLA_API, salla } from '../helpers/salla';
import { epoch, useVirtualClock } from '../helpers/clock';
import { createGroupPerItem as create, groupCreated as created } from '../helpers/customerGroup';
import { setSallaClock } from '../../nodes/shared/http/rateLimit/clock';

/** Requests nock had no answer for: a request the node should never have sent lands here. */
const unanswered: string[] = [];
const noMatch = (request: { method?: string; path?: string }) => unanswered.push(`${request.method} ${request.path}`);
beforeAll(() => nock.emitter.on('no match', noMatch));
afterAll(() => nock.emitter.removeListener('no match', noMatch));

beforeEach(() => {
	resetSalla();
	unanswered.length = 0;
});
// The time runs on from test to test, and each wait adds to it.
const clock = useVirtualClock({ restart: false, waits: 'add' });
afterEach(() => expect(pendingMocks()).toEqual([]));

const byName = (name: string) => (body: Record<string, unknown>) => body.name === name;

describe('no half-done runs from one bad item', () => {
	test('On Error → Stop: a blank name in item 2 of 3 sends nothing at all', async () => {
		// Were anything sent, nock would refuse it (no interceptor) and the test would see it in received.
		const { items, error } = await runSalla(create(), { items: [{ name: 'Gold' }, { name: '  ' }, { name: 'Bronze' }] });

		expect(error?.message).toBe('Name is empty');
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(unanswered).toEqual([]);
		expect(received).toEqual([]);
		expect(items).toEqual([]);
	});

	test('On Error → Stop: a bad value deep in a condition of the last item sends nothing', async () => {
		const { error } = await runSalla(
			create({ conditions: { condition: [{ type: 'total_sales', symbol: '>', value: '={{ $json.min }}' }] } }),
			{ items: [{ name: 'Gold', min: 5000 }, { name: 'Silver', min: 1000 }, { name: 'Bronze', min: 'lots' }] },
		);
		expect(error?.message).toBe('Condition 1: Value must be a number, not "lots"');
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(unanswered).toEqual([]);
	});

	test('On Error → Stop: an expression that fails in item 3 sends nothing either', async () => {
		const { error } = await runSalla(create({ name: '={{ $json.tier.name.toUpperCase() }}' }), {
			items: [{ tier: { name: 'gold' } }, { tier: { name: 'silver' } }, { tier: null }],
		});
		expect(error).toBeDefined();
		// The orphaned requests of items 1 and 2 are held at the door, never sent.
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(unanswered).toEqual([]);
	});

	test('On Error → Stop: a Limit of 0 in one item of a Get Many run sends no page', async () => {
		const { error } = await runSalla(
			{ resource: 'customerGroup', operation: 'getAll', returnAll: false, limit: '={{ $json.limit }}' },
			{ items: [{ limit: 5 }, { limit: 0 }] },
		);
		expect(error?.message).toBe('Limit: "0" is not a number of results');
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(unanswered).toEqual([]);
	});

	test('On Error → Continue: valid items go, the invalid one becomes an error item in its place', async () => {
		salla('post', '/customers/groups', 201, created(1, 'Gold'), {}, byName('Gold'));
		salla('post', '/customers/groups', 201, created(3, 'Bronze'), {}, byName('Bronze'));

		const { items, error } = await runSalla(create(), {
			items: [{ name: 'Gold' }, { name: '' }, { name: 'Bronze' }],
			continueOnFail: true,
		});

		expect(error).toBeUndefined();
		expect(received.map((request) => request.body)).toEqual([{ name: 'Gold' }, { name: 'Bronze' }]);
		expect(items.map((item) => ({ json: item.json, pairedItem: item.pairedItem }))).toEqual([
			{ json: { id: 1, name: 'Gold' }, pairedItem: { item: 0 } },
			{ json: { error: 'Name is empty' }, pairedItem: { item: 1 } },
			{ json: { id: 3, name: 'Bronze' }, pairedItem: { item: 2 } },
		]);
	});

	test('On Error → Stop with every item valid: all are sent, in item order', async () => {
		for (const [id, name] of [[1, 'A'], [2, 'B'], [3, 'C']] as const) salla('post', '/customers/groups', 201, created(id, name), {}, byName(name));
		const { items, error } = await runSalla(create(), { items: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] });
		expect(error).toBeUndefined();
		expect(received.map((request) => (request.body as { name: string }).name)).toEqual(['A', 'B', 'C']);
		expect(items.map((item) => item.json.id)).toEqual([1, 2, 3]);
	});
});

describe('bad numbers in list options fail before sending', () => {
	test.each([
		['0', 0],
		['-5', -5],
		['2.5', 2.5],
		['abc', 'abc'],
	])('Limit %s', async (_label, limit) => {
		const { error } = await runSalla({ resource: 'customerGroup', operation: 'getAll', returnAll: false, limit: `={{ ${JSON.stringify(limit)} }}` });
		expect(error?.message).toBe(`Limit: "${String(limit)}" is not a number of results`);
		expect(error?.description).toBe(
			'Limit is how many records to return: a whole number of at least 1, such as 50. Turn on Return All to get every record.',
		);
		expect(received).toEqual([]);
	});
});

describe('every network failure is named and, where safe, retried', () => {
	const failing = (method: 'GET' | 'POST', path: string, times: number, code: string, message = code) =>
		nock(SALLA_API)
			.intercept(`${BASE_PATH}${path}`, method)
			.times(times)
			.replyWithError(Object.assign(new Error(message), { code }));

	test.each([
		['EHOSTUNREACH', 'The n8n server has no route to api.salla.dev.'],
		['ENETUNREACH', 'The n8n server\'s network is unreachable.'],
		['EAI_AGAIN', 'The DNS lookup of api.salla.dev timed out.'],
		['ECONNRESET', 'The connection to Salla was cut (connection reset or socket hang-up).'],
	])('a GET that meets %s is tried 4 times and the error names it', async (code, words) => {
		failing('GET', '/customers/groups?page=1&per_page=50', 4, code);
		const { error } = await runSalla({ resource: 'customerGroup', operation: 'getAll' });
		expect(clock.sleeps).toEqual([1000, 2000, 4000]);
		expect(error?.message).toBe(`Could not reach Salla (${code})`);
		expect(error?.description).toBe(
			`The node tried 4 times. ${words} The request did not get an answer from api.salla.dev. Check the n8n server's internet connection and try again.`,
		);
	});

	test.each(['EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'])('a POST that meets %s (never reached Salla) is sent again', async (code) => {
		failing('POST', '/customers/groups', 1, code);
		salla('post', '/customers/groups', 201, created(9, 'VIP'));
		const { items, error } = await runSalla(create({ name: 'VIP' }));
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { id: 9, name: 'VIP' }, pairedItem: { item: 0 } }]);
	});

	test('a socket hang-up on a POST is not sent again: Salla may have created the group', async () => {
		failing('POST', '/customers/groups', 1, 'ECONNRESET', 'socket hang up');
		const { error } = await runSalla(create({ name: 'VIP' }));
		expect(clock.sleeps).toEqual([]);
		expect(error?.message).toBe('No answer from Salla (ECONNRESET): the request may have gone through');
	});

	test('a TLS failure is named, not retried (sending again cannot help)', async () => {
		failing('GET', '/customers/groups?page=1&per_page=50', 1, 'CERT_HAS_EXPIRED', 'certificate has expired');
		const { error } = await runSalla({ resource: 'customerGroup', operation: 'getAll' });
		expect(clock.sleeps).toEqual([]);
		expect(error?.message).toBe('Could not open a secure connection to Salla (CERT_HAS_EXPIRED)');
		expect(error?.description).toContain('The TLS certificate check of api.salla.dev failed, so nothing was sent.');
	});
});

describe('an unconnected or disconnected credential says to click Connect', () => {
	const advice =
		'Open the Salla credential in n8n (Credentials, or the credential field of this node), click Connect and sign in to the store again.';

	test.each([
		['no token data at all', undefined],
		['token data without an access token ("Unable to sign without access token")', { token_type: 'bearer' }],
	])('a credential saved without connecting (%s): nothing is sent', async (_label, oauthTokenData) => {
		const { error } = await runSalla(create({ name: 'VIP' }), { credential: sallaCredential({ oauthTokenData }) });
		expect(error?.message).toBe('The Salla credential is not connected to the store');
		expect(String(error?.description)).toContain(advice);
		expect(unanswered).toEqual([]);
	});

	test('a refresh Salla refuses with invalid_grant', async () => {
		salla('post', '/customers/groups', 401, { status: 401, success: false, error: { code: 'Unauthorized', message: 'Token expired' } });
		nock('https://accounts.salla.sa')
			.post('/oauth2/token')
			.reply(400, { error: 'invalid_grant', error_description: 'The refresh token is invalid.' });
		const { error } = await runSalla(create({ name: 'VIP' }));
		expect(error?.message).toBe('The Salla credential is not connected to the store');
		expect(String(error?.description)).toContain(advice);
	});
});

describe('the queue: interactive calls, cancelling, and what Max Rate Limit Wait bounds', () => {
	/** A store that lets one request through a second: every answer says none are left until the next second. */
	function pacedStore(count: number): void {
		let id = 0;
		nock(SALLA_API)
			.post(`${BASE_PATH}/customers/groups`)
			.times(count)
			.reply(function (_uri, body) {
				received.push({ method: 'POST', path: '/customers/groups', headers: {}, body });
				return [201, created(++id, String((body as { name: string }).name)), { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': epoch(clock.now + 1000) }];
			});
	}

	test('a dropdown opened during a 30-item run is answered within seconds, and the run goes on', async () => {
		pacedStore(30);
		const names = Array.from({ length: 30 }, (_, index) => ({ name: `G${index + 1}` }));
		const run = runSalla(create(), { items: names });
		while (received.length < 3) await new Promise((resolve) => setImmediate(resolve));

		salla('get', '/payment/methods?page=1&per_page=60', 200, { status: 200, success: true, data: [{ id: 1, slug: 'mada', name: 'Mada' }] });
		const asked = clock.now;
		const sentBefore = received.length;
		const { callMethod } = await import('../helpers/engine');
		const { result } = await callMethod<Array<{ value: string }>>('loadOptions', 'getPaymentMethods', create());
		const answeredAfterMs = clock.now - asked;

		expect(result.map((option) => option.value)).toEqual(['mada']);
		// Within what Salla allows (one request a second), but before the run's 27 waiting items.
		expect(answeredAfterMs).toBeLessThanOrEqual(2000);
		expect(received.length - sentBefore).toBeLessThanOrEqual(3);

		const { items, error } = await run;
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.name)).toEqual(names.map((item) => item.name));
	});

	test('Max Rate Limit Wait bounds the waits Salla asks for added up: a Reset wait counts with a later Retry-After', async () => {
		let answers = 0;
		nock(SALLA_API)
			.post(`${BASE_PATH}/customers/groups`)
			.times(2)
			.reply(function (_uri, body) {
				received.push({ method: 'POST', path: '/customers/groups', headers: {}, body });
				answers++;
				// A: created, and no requests left for 40 seconds. B, 40 seconds later: a 429 asking for 30 more.
				return answers === 1
					? [201, created(1, 'A'), { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': epoch(clock.now + 40_000) }]
					: [429, { status: 429, success: false, error: { code: 'too_many_requests', message: 'Too many requests' } }, { 'Retry-After': '30' }];
			});

		const { items, error } = await runSalla(create(), { items: [{ name: 'A' }, { name: 'B' }], continueOnFail: true });

		expect(error).toBeUndefined();
		expect(received.map((request) => (request.body as { name: string }).name)).toEqual(['A', 'B']);
		expect(items[0].json).toEqual({ id: 1, name: 'A' });
		expect(items[1].json.error).toBe('Salla\'s rate limit for this store was reached (429)');
		const description = String((items[1].error as { description?: string } | undefined)?.description);
		expect(description).toContain('Salla asked to wait 30 seconds.');
		expect(description).toContain('This item already waited 40 seconds. That is longer than Max Rate Limit Wait (60 seconds)');
	});

	test('cancelling the execution ends the waits at once: nothing more is sent', async () => {
		// A clock whose long waits only end when the test says so.
		const pending: Array<() => void> = [];
		setSallaClock({
			now: () => clock.now,
			sleep: async (ms) => {
				clock.sleeps.push(ms);
				await new Promise<void>((resolve) => pending.push(resolve));
				clock.now += ms;
			},
		});
		nock(SALLA_API)
			.post(`${BASE_PATH}/customers/groups`)
			.reply(function (_uri, body) {
				received.push({ method: 'POST', path: '/customers/groups', headers: {}, body });
				return [429, { status: 429, success: false, error: { code: 'too_many_requests', message: 'Too many requests' } }, { 'Retry-After': '50' }];
			});

		let cancel = () => {};
		const run = runSalla(create(), { items: [{ name: 'A' }, { name: 'B' }], onStart: (stop) => (cancel = stop) });
		while (clock.sleeps.length < 1) await new Promise((resolve) => setImmediate(resolve));
		cancel();
		const outcome = await Promise.race([run.then(() => 'ended'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2000))]);

		expect(outcome).toBe('ended');
		expect(received).toHaveLength(1);
		for (const release of pending) release();
	});
});

describe('Salla\'s messages in the user\'s language', () => {
	test('English by default, Arabic when Options → Language of Salla\'s Messages says so', async () => {
		salla('post', '/customers/groups', 201, created(1, 'A'), {}, byName('A'));
		salla('post', '/customers/groups', 201, created(2, 'B'), {}, byName('B'));
		await runSalla(create({ name: 'A' }));
		await runSalla(create({ name: 'B', options: { language: 'ar' } }));
		expect(received.map((request) => request.headers['accept-language'])).toEqual(['en', 'ar']);
	});

	test('dropdowns ask in the same language', async () => {
		salla('get', '/payment/methods?page=1&per_page=60', 200, { status: 200, success: true, data: [] });
		const { callMethod } = await import('../helpers/engine');
		await callMethod('loadOptions', 'getPaymentMethods', create({ options: { language: 'ar' } }));
		expect(received[0].headers['accept-language']).toBe('ar');
	});
});
