/**
 * Rate limits: pacing from X-RateLimit-Remaining and X-RateLimit-Reset, and against a stand-in leaky
 * bucket, through n8n-core's real engine with nock as Salla.
 *
 * The limiter runs on a virtual clock (test/helpers/clock.ts): a wait Salla asks for is recorded in
 * `clock.sleeps` and the clock jumps ahead instead of the test spending it. Everything else
 * (n8n-core's RoutingNode firing every item at once, signing, axios, nock) is real.
 */
import nock from 'nock';

import { runSalla } from '../helpers/engine';
import { BASE_PATH, received, SALLA_API, pendingMocks, resetSalla } from '../helpers/salla';
import { createGroupPerItem as create } from '../helpers/customerGroup';
import { START, epoch, useVirtualClock } from '../helpers/clock';
import { type Answer, type Script, inTurn, named, sentNames, standIn } from '../helpers/standIn';

beforeEach(resetSalla);
const clock = useVirtualClock();
afterEach(() => expect(pendingMocks()).toEqual([]));

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
		expect(clock.sleeps).toEqual([30_000]);
		expect(items.map(({ json }) => json)).toEqual([
			{ id: 1, name: 'A' },
			{ id: 2, name: 'B' },
			{ id: 3, name: 'C' },
		]);
	});

	/**
	 * Answers `count` creates after 20 ms each with `headers`; returns the most that were in flight at
	 * once, as the stand-in sees the requests arrive and leave.
	 */
	function slowCreates(count: number, headers: Record<string, string>): () => number {
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
		return () => most;
	}

	/** X-RateLimit headers with a Reset a minute after START. */
	const resetInAMinute = (limit: string, remaining: string) => ({
		'X-RateLimit-Limit': limit,
		'X-RateLimit-Remaining': remaining,
		'X-RateLimit-Reset': epoch(START + 60_000),
	});

	test('Remaining says how many may be in flight at once', async () => {
		const most = slowCreates(6, { 'X-RateLimit-Remaining': '2', 'X-RateLimit-Reset': epoch(START + 60_000) });

		const { items } = await runSalla(create(), { items: named('A', 'B', 'C', 'D', 'E', 'F') });

		expect(items).toHaveLength(6);
		expect(sentNames()).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
		expect(most()).toBe(2);
	});

	/** `count` creates answered after 20 ms with `headers`; resolves with the most in flight at once. */
	async function mostInFlight(count: number, headers: Record<string, string>): Promise<number> {
		const most = slowCreates(count, headers);
		const names = Array.from({ length: count }, (_, index) => `G${index}`);
		const { items, error } = await runSalla(create(), { items: named(...names) });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(count);
		expect(sentNames()).toEqual(names);
		return most();
	}

	test('a store whose Remaining is large is not held to 10 in flight: the rest go at once after the first', async () => {
		const most = await mostInFlight(40, resetInAMinute('720', '700'));
		// The first goes alone to learn what is left; the other 39 fit in what Salla says is left.
		expect(most).toBe(39);
		expect(clock.sleeps).toEqual([]);
	});

	test('never more than 50 in flight, whatever Remaining says', async () => {
		const most = await mostInFlight(80, resetInAMinute('100000', '99999'));
		expect(most).toBe(50);
	});

	test('Remaining above X-RateLimit-Limit: no more than the limit in flight', async () => {
		const most = await mostInFlight(30, resetInAMinute('12', '500'));
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
		expect(clock.sleeps).toEqual([]);
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
			level = Math.max(0, level - ((clock.now - last) / 1000) * perSecond);
			last = clock.now;
			const limits = (remaining: number) => ({
				'X-RateLimit-Limit': String(capacity),
				'X-RateLimit-Remaining': String(remaining),
				'X-RateLimit-Reset': epoch(clock.now + (level / perSecond) * 1000),
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
		clock.now = START + 300; // not on a whole second: X-RateLimit-Reset (epoch seconds) is rounded up
		const started = clock.now;
		standIn('POST', '/customers/groups', 50, script);
		const names = Array.from({ length: 50 }, (_, index) => `Group ${index + 1}`);

		const { items, error } = await runSalla(create(), { items: named(...names) });

		expect(error).toBeUndefined();
		expect(items.map(({ json }) => json.name)).toEqual(names);
		expect(statuses.filter((status) => status === 429)).toEqual([]);
		expect(sentNames()).toEqual(names);
		// (50 - 10) / 2 = 20 s at the least; waiting for the bucket to empty (Reset) each time takes longer.
		expect(clock.now - started).toBeGreaterThanOrEqual(20_000);
		expect(clock.now - started).toBeLessThanOrEqual(22_000);
		// One place at a time (2 a second), never a wait for the whole bucket to empty.
		expect(Math.max(...clock.sleeps)).toBeLessThan(1000);
	}, 30_000);

	test('a 429 met at the learnt pace turns pacing off: the store waits for Reset again', async () => {
		const limits = (remaining: string, resetMs: number) => ({
			'X-RateLimit-Limit': '10',
			'X-RateLimit-Remaining': remaining,
			'X-RateLimit-Reset': epoch(START + resetMs),
		});
		const sentAt: number[] = [];
		const at = (answer: Answer | ((body: Record<string, unknown>) => Answer)) => (body: Record<string, unknown>): Answer => {
			sentAt.push(clock.now - START);
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
		expect(clock.sleeps).toEqual([30_000]);
	});
});
