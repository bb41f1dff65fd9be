/**
 * Rate limits and transient failures, through n8n-core's real engine with nock as Salla.
 *
 * The transport's limiter runs on a virtual clock here (`setSallaClock`): a wait Salla asks for is
 * recorded in `sleeps` and the clock jumps ahead instead of the test spending it. Everything else
 * (n8n-core's RoutingNode firing every item at once, signing, axios, nock) is real.
 */
import nock from 'nock';

import { callMethod, runSalla } from '../helpers/engine';
import { BASE_PATH, pendingMocks, received, resetSalla, SALLA_API } from '../helpers/salla';
import { setSallaClock } from '../../nodes/shared/http/rateLimit/clock';

/** A whole second, so that X-RateLimit-Reset (epoch seconds) lands exactly. */
const START = Date.UTC(2026, 10, 27, 4, 0, 0);
const epoch = (ms: number) => String(Math.ceil(ms / 1000));
let now = START;
/** Every wait the transport asked for, in milliseconds, in order. */
const sleeps: number[] = [];

beforeEach(() => {
	resetSalla();
	now = START;
	sleeps.length = 0;
	setSallaClock({
		now: () => now,
		sleep: async (ms) => {
			sleeps.push(ms);
			const until = now + ms;
			// Let real I/O (nock's answers) go on, then jump to the end of the wait.
			await new Promise((resolve) => setImmediate(resolve));
			now = Math.max(now, until);
		},
	});
});
afterEach(() => expect(pendingMocks()).toEqual([]));
afterAll(() => setSallaClock());

type Answer = [status: number, body: unknown, headers?: Record<string, string>];
type Script = (request: { method: string; path: string; body: Record<string, unknown> }) => Answer;

/**
 * A scripted Salla for `count` requests matching `method path`: each answer comes from `script`,
 * in the order the requests arrive, and every request is recorded in `received`.
 */
function standIn(method: string, path: string | RegExp, count: number, script: Script): void {
	nock(SALLA_API)
		.intercept(typeof path === 'string' ? `${BASE_PATH}${path}` : path, method)
		.times(count)
		.reply(function (uri, requestBody) {
			const body = (typeof requestBody === 'string' && requestBody ? JSON.parse(requestBody) : requestBody) as Record<
				string,
				unknown
			>;
			received.push({ method, path: uri, headers: { ...this.req.headers }, body: body || undefined });
			const [status, answer, headers] = script({ method, path: uri, body });
			return [status, answer as nock.Body, headers ?? {}];
		});
}

/** Answers from a list, one per request. */
const inTurn =
	(...answers: Array<Answer | ((body: Record<string, unknown>) => Answer)>): Script =>
	({ body }) => {
		const next = answers.shift();
		if (!next) throw new Error('more requests than answers');
		return typeof next === 'function' ? next(body) : next;
	};

const created = (id: number) => (body: Record<string, unknown>): Answer => [
	201,
	{ status: 201, success: true, data: { id, name: body.name } },
];
/** An answer with X-RateLimit-Remaining and a Reset a minute after START. */
const withLimits =
	(answer: (body: Record<string, unknown>) => Answer, remaining: string) =>
	(body: Record<string, unknown>): Answer => {
		const [status, json, headers] = answer(body);
		return [status, json, { ...headers, 'X-RateLimit-Remaining': remaining, 'X-RateLimit-Reset': epoch(START + 60_000) }];
	};
const tooMany = (retryAfter: string, extra: Record<string, string> = {}): Answer => [
	429,
	{ status: 429, success: false, error: { code: 'too_many_requests', message: 'Too Many Attempts.' } },
	{ 'Retry-After': retryAfter, 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '0', ...extra },
];
const unavailable: Answer = [503, { status: 503, success: false, error: { code: 'error', message: 'Service Unavailable' } }];

const create = (parameters: Record<string, unknown> = {}) => ({
	resource: 'customerGroup',
	operation: 'create',
	name: '={{ $json.name }}',
	...parameters,
});
const named = (...names: string[]) => names.map((name) => ({ name }));
const sentNames = () => received.map((request) => (request.body as { name?: string } | undefined)?.name);

describe('429 and Retry-After', () => {
	test('a burst of 429s: the store waits as Salla asks, the same request is sent again, nothing is lost or doubled', async () => {
		standIn(
			'POST',
			'/customers/groups',
			5,
			inTurn(tooMany('2'), tooMany('1'), created(1), created(2), created(3)),
		);

		const { items, error } = await runSalla(create(), { items: named('A', 'B', 'C') });

		expect(error).toBeUndefined();
		// The first request goes alone (nothing is known of the store yet); after each 429 the
		// whole store waits, then the same request goes first.
		expect(sentNames()).toEqual(['A', 'A', 'A', 'B', 'C']);
		expect(sleeps).toEqual([2000, 1000]);
		expect(items).toEqual([
			{ json: { id: 1, name: 'A' }, pairedItem: { item: 0 } },
			{ json: { id: 2, name: 'B' }, pairedItem: { item: 1 } },
			{ json: { id: 3, name: 'C' }, pairedItem: { item: 2 } },
		]);
	});

	test('requests already in flight that get a 429 are each sent again once, in item order', async () => {
		// The first answer says there are 3 left, but Salla rejects two of the three sent at once.
		standIn(
			'POST',
			'/customers/groups',
			7,
			inTurn(
				withLimits(created(1), '3'),
				withLimits(created(2), '2'),
				tooMany('1'),
				tooMany('1'),
				withLimits(created(3), '10'),
				withLimits(created(4), '9'),
				withLimits(created(5), '8'),
			),
		);

		const { items, error } = await runSalla(create(), { items: named('A', 'B', 'C', 'D', 'E') });

		expect(error).toBeUndefined();
		expect(sentNames()).toEqual(['A', 'B', 'C', 'D', 'C', 'D', 'E']);
		expect(items.map(({ json }) => json)).toEqual([
			{ id: 1, name: 'A' },
			{ id: 2, name: 'B' },
			{ id: 3, name: 'C' },
			{ id: 4, name: 'D' },
			{ id: 5, name: 'E' },
		]);
	});

	test('a Retry-After of 0 still waits a second, so a 429 can never make an item loop', async () => {
		standIn('POST', '/customers/groups', 2, inTurn(tooMany('0'), created(1)));

		const { items } = await runSalla(create(), { items: named('A') });

		expect(sentNames()).toEqual(['A', 'A']);
		expect(sleeps).toEqual([1000]);
		expect(items.map(({ json }) => json)).toEqual([{ id: 1, name: 'A' }]);
	});

	test('a Retry-After beyond Max Rate Limit Wait fails the item, saying how long Salla asked to wait', async () => {
		standIn('POST', '/customers/groups', 1, inTurn(tooMany('120')));

		const { items, error } = await runSalla(create(), { items: named('A') });

		expect(items).toEqual([]);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('429');
		// n8n-core's RoutingNode replaces some 429 messages with batching advice: not this one.
		expect(error?.message).toBe("Salla's rate limit for this store was reached (429)");
		expect(error?.description).toBe(
			'Salla says: "Too Many Attempts.". Salla asked to wait 120 seconds. That is longer than Max Rate Limit Wait ' +
				"(60 seconds) in the node's Options, so this item was not sent again. Raise Max Rate Limit Wait, or run the workflow again later.",
		);
		expect(sleeps).toEqual([]);
	});

	test('with Continue On Fail, items that would wait too long fail at once, without being sent', async () => {
		standIn('POST', '/customers/groups', 1, inTurn(tooMany('45')));

		const { items, error } = await runSalla(create({ options: { maxRateLimitWait: 30 } }), {
			items: named('A', 'B', 'C'),
			continueOnFail: true,
		});

		expect(error).toBeUndefined();
		expect(sentNames()).toEqual(['A']);
		expect(items).toHaveLength(3);
		for (const [index, item] of items.entries()) {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.error?.message).toBe("Salla's rate limit for this store was reached (429)");
			expect(item.error?.description).toContain('Salla asked to wait 45 seconds.');
			expect(item.error?.description).toContain('Max Rate Limit Wait (30 seconds)');
		}
		expect(sleeps).toEqual([]);
	});

	test('the bound is on the total an item waits: a second Retry-After that goes past it fails the item', async () => {
		standIn('POST', '/customers/groups', 2, inTurn(tooMany('40'), tooMany('30')));

		const { error } = await runSalla(create(), { items: named('A') });

		expect(sentNames()).toEqual(['A', 'A']);
		expect(sleeps).toEqual([40_000]);
		expect(error?.description).toContain('Salla asked to wait 30 seconds. This item already waited 40 seconds.');
	});

	test('queued behind the run, an item is not charged for waits Salla imposes on the items ahead of it (several workers on one store)', async () => {
		// Another worker sends to the same store: every 10th request meets a 429 (Retry-After 4 s). Eleven
		// of them add up to 44 s, more than Max Rate Limit Wait 30 s; no single item waits that long.
		let n = 0;
		standIn('POST', '/customers/groups', 111, ({ body }) => {
			n++;
			return n % 10 === 0 ? tooMany('4') : withLimits(created(n), '5')(body);
		});
		const names = Array.from({ length: 100 }, (_, i) => `G${i + 1}`);

		const { items, error } = await runSalla(create({ options: { maxRateLimitWait: 30 } }), { items: named(...names) });

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.name)).toEqual(names);
		const sent = sentNames();
		expect(new Set(sent).size).toBe(100);
		expect(sent.length - 100).toBe(11); // each refused request sent again once
		expect(sleeps.filter((ms) => ms === 4000).length).toBeGreaterThanOrEqual(11);
	});

	test('an item that fails while queued says how long it already waited for Salla', async () => {
		standIn(
			'POST',
			'/customers/groups',
			2,
			inTurn(tooMany('20'), (body) => [
				201,
				{ data: { id: 1, name: body.name } },
				{ 'X-RateLimit-Limit': '500', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': epoch(now + 25_000) },
			]),
		);

		const { items } = await runSalla(create({ options: { maxRateLimitWait: 30 } }), { items: named('A', 'B'), continueOnFail: true });

		expect(sentNames()).toEqual(['A', 'A']);
		expect(items[0].json).toEqual({ id: 1, name: 'A' });
		expect(items[1].error?.description).toContain('Salla asked to wait 25 seconds');
		expect(items[1].error?.description).toContain('This item already waited 20 seconds.');
	});

	test('Max Rate Limit Wait 0 never waits', async () => {
		standIn('POST', '/customers/groups', 1, inTurn(tooMany('1')));
		const { error } = await runSalla(create({ options: { maxRateLimitWait: 0 } }), { items: named('A') });
		expect(error?.description).toContain('Salla asked to wait 1 second.');
		expect(sleeps).toEqual([]);
	});

	test('every page of Return All goes through the same door: a 429 on page 2 resends page 2 only', async () => {
		const page = (id: number, current: number) => ({
			status: 200,
			success: true,
			data: [{ id, name: `Group ${id}` }],
			pagination: { currentPage: current, totalPages: 2 },
		});
		standIn(
			'GET',
			/customers\/groups/,
			3,
			inTurn([200, page(1, 1)], tooMany('3'), [200, page(2, 2)]),
		);

		const { items, error } = await runSalla({ resource: 'customerGroup', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(received.map(({ path }) => path)).toEqual([
			'/admin/v2/customers/groups?page=1&per_page=60',
			'/admin/v2/customers/groups?page=2&per_page=60',
			'/admin/v2/customers/groups?page=2&per_page=60',
		]);
		expect(sleeps).toEqual([3000]);
		expect(items.map(({ json }) => json.id)).toEqual([1, 2]);
	});

	test('dropdowns go through the same door: a 429 while loading payment methods is waited out', async () => {
		standIn(
			'GET',
			/payment\/methods/,
			2,
			inTurn(tooMany('1'), [200, { status: 200, success: true, data: [{ id: 1, slug: 'mada', name: 'mada' }], pagination: { currentPage: 1, totalPages: 1 } }]),
		);

		const { result } = await callMethod('loadOptions', 'getPaymentMethods', create());

		expect(received).toHaveLength(2);
		expect(sleeps).toEqual([1000]);
		expect(result).toEqual([{ name: 'mada', value: 'mada', description: 'Slug: mada' }]);
	});
});

describe('X-RateLimit-Remaining and X-RateLimit-Reset', () => {
	test('when Remaining reaches 0, the next request waits for Reset, and no 429 is met', async () => {
		const reset = START + 30_000;
		standIn(
			'POST',
			'/customers/groups',
			3,
			inTurn(
				(body) => [201, { data: { id: 1, name: body.name } }, { 'X-RateLimit-Remaining': '1', 'X-RateLimit-Reset': epoch(reset) }],
				(body) => [201, { data: { id: 2, name: body.name } }, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': epoch(reset) }],
				(body) => [201, { data: { id: 3, name: body.name } }, { 'X-RateLimit-Remaining': '119', 'X-RateLimit-Reset': epoch(reset + 60_000) }],
			),
		);

		const { items, error } = await runSalla(create(), { items: named('A', 'B', 'C') });

		expect(error).toBeUndefined();
		expect(sentNames()).toEqual(['A', 'B', 'C']);
		expect(sleeps).toEqual([30_000]);
		expect(items.map(({ json }) => json)).toEqual([
			{ id: 1, name: 'A' },
			{ id: 2, name: 'B' },
			{ id: 3, name: 'C' },
		]);
	});

	test('Remaining says how many may be in flight at once', async () => {
		let inFlight = 0;
		let most = 0;
		const scope = nock(SALLA_API)
			.post(`${BASE_PATH}/customers/groups`)
			.times(6)
			.delay(20)
			.reply(function (uri, body) {
				received.push({ method: 'POST', path: uri, headers: {}, body });
				return [
					201,
					{ data: { id: 1, name: (body as { name: string }).name } },
					{ 'X-RateLimit-Remaining': '2', 'X-RateLimit-Reset': epoch(START + 60_000) },
				];
			});
		// The requests open at once, as the stand-in sees them arrive and leave.
		scope.on('request', () => {
			inFlight++;
			most = Math.max(most, inFlight);
		});
		scope.on('replied', () => inFlight--);

		const { items } = await runSalla(create(), { items: named('A', 'B', 'C', 'D', 'E', 'F') });

		expect(items).toHaveLength(6);
		expect(sentNames()).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
		expect(most).toBe(2);
	});

	/** `count` creates answered after 20 ms with `headers`; resolves with the most in flight at once. */
	async function mostInFlight(count: number, headers: Record<string, string>): Promise<number> {
		let inFlight = 0;
		let most = 0;
		const scope = nock(SALLA_API)
			.post(`${BASE_PATH}/customers/groups`)
			.times(count)
			.delay(20)
			.reply(function (uri, body) {
				received.push({ method: 'POST', path: uri, headers: {}, body });
				return [201, { data: { id: 1, name: (body as { name: string }).name } }, headers];
			});
		scope.on('request', () => {
			inFlight++;
			most = Math.max(most, inFlight);
		});
		scope.on('replied', () => inFlight--);
		const names = Array.from({ length: count }, (_, index) => `G${index}`);
		const { items, error } = await runSalla(create(), { items: named(...names) });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(count);
		expect(sentNames()).toEqual(names);
		return most;
	}

	test('a store whose Remaining is large is not held to 10 in flight: the rest go at once after the first', async () => {
		const most = await mostInFlight(40, {
			'X-RateLimit-Limit': '720',
			'X-RateLimit-Remaining': '700',
			'X-RateLimit-Reset': epoch(START + 60_000),
		});
		// The first goes alone to learn what is left; the other 39 fit in what Salla says is left.
		expect(most).toBe(39);
		expect(sleeps).toEqual([]);
	});

	test('never more than 50 in flight, whatever Remaining says', async () => {
		const most = await mostInFlight(80, {
			'X-RateLimit-Limit': '100000',
			'X-RateLimit-Remaining': '99999',
			'X-RateLimit-Reset': epoch(START + 60_000),
		});
		expect(most).toBe(50);
	});

	test('Remaining above X-RateLimit-Limit: no more than the limit in flight', async () => {
		const most = await mostInFlight(30, {
			'X-RateLimit-Limit': '12',
			'X-RateLimit-Remaining': '500',
			'X-RateLimit-Reset': epoch(START + 60_000),
		});
		expect(most).toBe(12);
	});

	test('answers without X-RateLimit headers: at most 10 in flight', async () => {
		expect(await mostInFlight(30, {})).toBe(10);
	});

	test('a Reset further away than Max Rate Limit Wait fails the waiting items without sending them', async () => {
		standIn(
			'POST',
			'/customers/groups',
			1,
			inTurn((body) => [201, { data: { id: 1, name: body.name } }, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': epoch(START + 540_000) }]),
		);

		const { items } = await runSalla(create(), { items: named('A', 'B'), continueOnFail: true });

		expect(sentNames()).toEqual(['A']);
		expect(items[0].json).toEqual({ id: 1, name: 'A' });
		expect(items[1].error?.message).toBe("Salla's rate limit for this store was reached (429)");
		expect(items[1].error?.description).toContain(
			'Salla asked to wait 540 seconds: its X-RateLimit headers say no requests are left until then.',
		);
		expect(sleeps).toEqual([]);
	});
});

describe('5xx answers and network errors', () => {
	test('a 503 on a GET is retried after a backoff, then succeeds', async () => {
		standIn(
			'GET',
			/customers\/groups/,
			2,
			inTurn(unavailable, [200, { status: 200, success: true, data: [{ id: 7, name: 'Gold' }], pagination: { currentPage: 1, totalPages: 1 } }]),
		);

		const { items, error } = await runSalla({ resource: 'customerGroup', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
			'GET /admin/v2/customers/groups?page=1&per_page=60',
			'GET /admin/v2/customers/groups?page=1&per_page=60',
		]);
		expect(sleeps).toEqual([1000]);
		expect(items).toEqual([{ json: { id: 7, name: 'Gold' }, pairedItem: { item: 0 } }]);
	});

	test('a DELETE that keeps failing with 502 is tried 4 times with growing waits, then reported', async () => {
		const badGateway: Answer = [502, { message: 'Bad Gateway' }];
		standIn('DELETE', '/customers/groups/55', 4, inTurn(badGateway, badGateway, badGateway, badGateway));

		const { error } = await runSalla({
			resource: 'customerGroup',
			operation: 'delete',
			group: { __rl: true, mode: 'id', value: '55' },
		});

		expect(received).toHaveLength(4);
		expect(sleeps).toEqual([1000, 2000, 4000]);
		expect(error?.httpCode).toBe('502');
		expect(error?.message).toBe('Salla had a server error (502)');
		expect(error?.description).toContain('The node tried 4 times.');
	});

	test('a 500 on a GET is retried too, and reported with the number of tries when it persists', async () => {
		const serverError: Answer = [500, { status: 500, success: false, error: { code: 'error', message: 'Server Error' } }];
		standIn('GET', /customers\/groups/, 4, inTurn(serverError, serverError, serverError, serverError));

		const { error } = await runSalla({ resource: 'customerGroup', operation: 'getAll', returnAll: true });

		expect(received).toHaveLength(4);
		expect(sleeps).toEqual([1000, 2000, 4000]);
		expect(error?.message).toBe('Salla had a server error (500)');
		expect(error?.description).toBe(
			'Salla says: "Server Error". The node tried 4 times. The problem is on Salla\'s side. ' +
				'Try again in a few minutes; if it persists, contact Salla support with the time of the request.',
		);
	});

	test('a PUT whose connection is reset is sent again', async () => {
		nock(SALLA_API)
			.put(`${BASE_PATH}/customers/groups/55`)
			.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
		standIn('PUT', '/customers/groups/55', 1, inTurn((body) => [200, { data: { id: 55, name: body.name } }]));

		const { items, error } = await runSalla({
			resource: 'customerGroup',
			operation: 'update',
			group: { __rl: true, mode: 'id', value: '55' },
			name: 'Gold',
		});

		expect(error).toBeUndefined();
		expect(sleeps).toEqual([1000]);
		expect(items).toEqual([{ json: { id: 55, name: 'Gold' }, pairedItem: { item: 0 } }]);
	});

	test('a GET that cannot reach Salla is tried 4 times, then says so in Salla\'s words', async () => {
		nock(SALLA_API)
			.get(/customers\/groups/)
			.times(4)
			.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));

		const { error } = await runSalla({ resource: 'customerGroup', operation: 'getAll', returnAll: true });

		expect(sleeps).toEqual([1000, 2000, 4000]);
		expect(error?.message).toBe('Could not reach Salla (ECONNRESET)');
		expect(error?.description).toBe(
			'The node tried 4 times. The connection to Salla was cut (connection reset or socket hang-up). ' +
				'The request did not get an answer from api.salla.dev. ' +
				"Check the n8n server's internet connection and try again.",
		);
	});

	test('a POST that times out after being sent is not retried, and the error says it may have gone through', async () => {
		// What axios reports when n8n's request timeout fires (nock 14's sockets never time out by
		// themselves), after the stand-in has received the request.
		const scope = nock(SALLA_API)
			.post(`${BASE_PATH}/customers/groups`)
			.replyWithError(Object.assign(new Error('timeout of 300000ms exceeded'), { code: 'ECONNABORTED' }));
		scope.on('request', (_request, _interceptor, body) => {
			received.push({ method: 'POST', path: '/admin/v2/customers/groups', headers: {}, body: JSON.parse(body) });
		});

		const { error } = await runSalla(create(), { items: named('A') });

		expect(sentNames()).toEqual(['A']);
		expect(sleeps).toEqual([]);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('No answer from Salla (ECONNABORTED): the request may have gone through');
		expect(error?.description).toBe(
			'The request to Salla timed out. ' +
				'The request was sent to Salla, but no clear answer came back, so the node did not send it again: ' +
				'Salla may already have carried it out (for example, created the customer group). ' +
				'Check the store in the Salla dashboard before running this item again.',
		);
	});

	test('a POST answered 503 is not retried either', async () => {
		standIn('POST', '/customers/groups', 1, inTurn(unavailable));

		const { error } = await runSalla(create(), { items: named('A') });

		expect(received).toHaveLength(1);
		expect(error?.httpCode).toBe('503');
		expect(error?.message).toBe('Salla had a server error (503): the request may have gone through');
		expect(error?.description).toContain('Salla may already have carried it out');
	});

	test('a POST whose connection was refused (nothing reached Salla) is sent again', async () => {
		nock(SALLA_API)
			.post(`${BASE_PATH}/customers/groups`)
			.replyWithError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
		standIn('POST', '/customers/groups', 1, inTurn(created(9)));

		const { items, error } = await runSalla(create(), { items: named('A') });

		expect(error).toBeUndefined();
		expect(sleeps).toEqual([1000]);
		expect(items.map(({ json }) => json)).toEqual([{ id: 9, name: 'A' }]);
	});
});

describe('a stand-in leaky bucket', () => {
	/**
	 * Salla's limit scaled down: a burst of 10, then 2 a second, on the virtual clock. It sends
	 * X-RateLimit-Remaining and X-RateLimit-Reset (when the bucket will be empty) on every answer,
	 * and Retry-After (when the next request fits) on a 429.
	 */
	function bucket(capacity: number, perSecond: number) {
		let level = 0;
		let last = START;
		const statuses: number[] = [];
		let id = 0;
		const script: Script = ({ body }) => {
			level = Math.max(0, level - ((now - last) / 1000) * perSecond);
			last = now;
			const limits = (remaining: number) => ({
				'X-RateLimit-Limit': String(capacity),
				'X-RateLimit-Remaining': String(remaining),
				'X-RateLimit-Reset': epoch(now + (level / perSecond) * 1000),
			});
			if (level + 1 > capacity) {
				statuses.push(429);
				return [
					429,
					{ status: 429, success: false, error: { code: 'too_many_requests', message: 'Too Many Attempts.' } },
					{ ...limits(0), 'Retry-After': String(Math.ceil((level + 1 - capacity) / perSecond)) },
				];
			}
			level += 1;
			statuses.push(201);
			return [201, { status: 201, success: true, data: { id: ++id, name: body.name } }, limits(Math.floor(capacity - level))];
		};
		return { script, statuses };
	}

	test('50 items finish with 50 results in item order, each created exactly once', async () => {
		const { script, statuses } = bucket(10, 2);
		standIn('POST', '/customers/groups', 50, script);
		const names = Array.from({ length: 50 }, (_, index) => `Group ${index + 1}`);

		const { items, error } = await runSalla(create(), { items: named(...names) });

		expect(error).toBeUndefined();
		expect(items.map(({ json }) => json.name)).toEqual(names);
		expect(items.map(({ pairedItem }) => pairedItem)).toEqual(names.map((_, item) => ({ item })));
		const createdNames = received.filter((_, index) => statuses[index] === 201).map((request) => (request.body as { name: string }).name);
		expect([...createdNames].sort()).toEqual([...names].sort());
		// Paced from the headers: the bucket never had to refuse a request.
		expect(statuses.filter((status) => status === 429)).toEqual([]);
		expect(sentNames()).toEqual(names);
	}, 30_000);

	test('a full bucket is not waited out: requests go at the pace its Reset shows, none refused, within 10% of the minimum', async () => {
		const { script, statuses } = bucket(10, 2);
		now = START + 300; // not on a whole second: X-RateLimit-Reset (epoch seconds) is rounded up
		const started = now;
		standIn('POST', '/customers/groups', 50, script);
		const names = Array.from({ length: 50 }, (_, index) => `Group ${index + 1}`);

		const { items, error } = await runSalla(create(), { items: named(...names) });

		expect(error).toBeUndefined();
		expect(items.map(({ json }) => json.name)).toEqual(names);
		expect(statuses.filter((status) => status === 429)).toEqual([]);
		expect(sentNames()).toEqual(names);
		// (50 - 10) / 2 = 20 s at the least; waiting for the bucket to empty (Reset) each time takes longer.
		expect(now - started).toBeGreaterThanOrEqual(20_000);
		expect(now - started).toBeLessThanOrEqual(22_000);
		// One place at a time (2 a second), never a wait for the whole bucket to empty.
		expect(Math.max(...sleeps)).toBeLessThan(1000);
	}, 30_000);

	test('a 429 met at the learnt pace turns pacing off: the store waits for Reset again', async () => {
		const limits = (remaining: string, resetMs: number) => ({
			'X-RateLimit-Limit': '10',
			'X-RateLimit-Remaining': remaining,
			'X-RateLimit-Reset': epoch(START + resetMs),
		});
		const sentAt: number[] = [];
		const at = (answer: Answer | ((body: Record<string, unknown>) => Answer)) => (body: Record<string, unknown>): Answer => {
			sentAt.push(now - START);
			return typeof answer === 'function' ? answer(body) : answer;
		};
		standIn(
			'POST',
			'/customers/groups',
			3,
			inTurn(
				at((body) => [201, { data: { id: 1, name: body.name } }, limits('0', 5000)]),
				at([429, { status: 429, success: false, error: { code: 'too_many_requests', message: 'Too Many Attempts.' } }, { ...limits('0', 5000), 'Retry-After': '1' }]),
				at((body) => [201, { data: { id: 2, name: body.name } }, limits('5', 60_000)]),
			),
		);

		const { items, error } = await runSalla(create(), { items: named('A', 'B') });

		expect(error).toBeUndefined();
		expect(items.map(({ json }) => json)).toEqual([
			{ id: 1, name: 'A' },
			{ id: 2, name: 'B' },
		]);
		expect(sentNames()).toEqual(['A', 'B', 'B']);
		// B went at the pace Reset showed (5 s for 9 places, 2% to spare); refused, it waited for Reset.
		expect(sentAt[0]).toBe(0);
		expect(sentAt[1]).toBeCloseTo((5000 / 9) * 1.02, 0);
		expect(sentAt[2]).toBeCloseTo(5000, 0);
	});

	test('the customers endpoints\' own limit (X-RateLimit-Limit 500) is waited out until Reset, not paced', async () => {
		standIn(
			'POST',
			'/customers/groups',
			2,
			inTurn(
				(body) => [201, { data: { id: 1, name: body.name } }, { 'X-RateLimit-Limit': '500', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': epoch(START + 30_000) }],
				(body) => [201, { data: { id: 2, name: body.name } }, { 'X-RateLimit-Limit': '500', 'X-RateLimit-Remaining': '499', 'X-RateLimit-Reset': epoch(START + 600_000) }],
			),
		);

		const { items, error } = await runSalla(create(), { items: named('A', 'B') });

		expect(error).toBeUndefined();
		expect(items.map(({ json }) => json.name)).toEqual(['A', 'B']);
		expect(sleeps).toEqual([30_000]);
	});
});
