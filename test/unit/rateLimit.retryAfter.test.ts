/**
 * Rate limits, 429 and Retry-After, through n8n-core's real engine with nock as Salla.
 *
 * The limiter runs on a virtual clock (test/helpers/clock.ts): a wait Salla asks for is recorded in
 * `clock.sleeps` and the clock jumps ahead instead of the test spending it. Everything else
 * (n8n-core's RoutingNode firing every item at once, signing, axios, nock) is real.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { received, pendingMocks, resetSalla } from '../helpers/salla';
import { createGroupPerItem as create } from '../helpers/customerGroup';
import { epoch, useVirtualClock } from '../helpers/clock';
import { created, inTurn, named, sentNames, standIn, tooMany, withLimits } from '../helpers/standIn';

beforeEach(resetSalla);
const clock = useVirtualClock();
afterEach(() => expect(pendingMocks()).toEqual([]));

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
		expect(clock.sleeps).toEqual([2000, 1000]);
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
		expect(clock.sleeps).toEqual([1000]);
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
		expect(clock.sleeps).toEqual([]);
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
		expect(clock.sleeps).toEqual([]);
	});

	test('the bound is on the total an item waits: a second Retry-After that goes past it fails the item', async () => {
		standIn('POST', '/customers/groups', 2, inTurn(tooMany('40'), tooMany('30')));

		const { error } = await runSalla(create(), { items: named('A') });

		expect(sentNames()).toEqual(['A', 'A']);
		expect(clock.sleeps).toEqual([40_000]);
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
		expect(clock.sleeps.filter((ms) => ms === 4000).length).toBeGreaterThanOrEqual(11);
	});

	test('an item that fails while queued says how long it already waited for Salla', async () => {
		standIn(
			'POST',
			'/customers/groups',
			2,
			inTurn(tooMany('20'), (body) => [
				201,
				{ data: { id: 1, name: body.name } },
				{ 'X-RateLimit-Limit': '500', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': epoch(clock.now + 25_000) },
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
		expect(clock.sleeps).toEqual([]);
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
		expect(clock.sleeps).toEqual([3000]);
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
		expect(clock.sleeps).toEqual([1000]);
		expect(result).toEqual([{ name: 'mada', value: 'mada', description: 'Slug: mada' }]);
	});
});
