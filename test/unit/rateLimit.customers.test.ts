/**
 * The customers endpoints' own limit (500 requests per 10 minutes, every path under /customers),
 * on the virtual clock as in rateLimit.retryAfter.test.ts: their own limiter per store, apart from the store's,
 * this n8n's own count of what it sent, and errors that say which limit was hit.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla } from '../helpers/salla';
import { START, useVirtualClock } from '../helpers/clock';
import { type Answer, standIn as scriptedSalla } from '../helpers/standIn';
import { bucketOf } from '../../nodes/shared/http/rateLimit/customers';

beforeEach(resetSalla);
const clock = useVirtualClock();
afterEach(() => expect(pendingMocks()).toEqual([]));

/** Answers `count` requests matching `method path` from `script`, recording each with the virtual time. */
const sentAt: number[] = [];
function standIn(method: string, path: RegExp, count: number, script: (uri: string) => Answer): void {
	scriptedSalla(method, path, count, ({ path: uri }) => {
		sentAt.push(clock.now);
		return script(uri);
	});
}
beforeEach(() => {
	sentAt.length = 0;
});

const customerOf = (uri: string): Answer => [200, { status: 200, success: true, data: { id: Number(uri.split('/').pop()) } }];
const getCustomer = (options: Record<string, unknown> = {}) => ({
	resource: 'customer',
	operation: 'get',
	customer: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
	options,
});
const ids = (count: number) => Array.from({ length: count }, (_, index) => ({ id: index + 1 }));
const tooMany = (retryAfter: string, limit?: string): Answer => [
	429,
	{ status: 429, success: false, error: { code: 'too_many_requests', message: 'Too Many Attempts.' } },
	{ 'Retry-After': retryAfter, 'X-RateLimit-Remaining': '0', ...(limit ? { 'X-RateLimit-Limit': limit } : {}) },
];
const paymentMethods: Answer = [
	200,
	{ status: 200, success: true, data: [{ id: 1, slug: 'mada', name: 'mada' }], pagination: { currentPage: 1, totalPages: 1 } },
];

test('which paths are customers endpoints', () => {
	expect(bucketOf('/customers')).toBe('customers');
	expect(bucketOf('/customers/123?fields[]=x')).toBe('customers');
	expect(bucketOf('/customers/groups/add_customers')).toBe('customers');
	expect(bucketOf('https://api.salla.dev/admin/v2/customers/loyalty/points')).toBe('customers');
	expect(bucketOf('/customersX')).toBe('store');
	expect(bucketOf('/orders/customers')).toBe('store');
	expect(bucketOf('/payment/methods')).toBe('store');
});

describe('500 requests per 10 minutes', () => {
	test('the 501st customers request waits until the first leaves the 10-minute window, then goes', async () => {
		standIn('GET', /\/customers\/\d+$/, 501, customerOf);

		const { items, error } = await runSalla(getCustomer({ maxRateLimitWait: 600 }), { items: ids(501) });

		expect(error).toBeUndefined();
		expect(received).toHaveLength(501);
		expect(clock.sleeps).toEqual([600_000]);
		// Nothing before the 10 minutes are over, then the item that waited.
		expect(sentAt.filter((at) => at === START).length).toBeGreaterThanOrEqual(490);
		expect(received[500].path).toBe('/admin/v2/customers/501');
		expect(sentAt[500]).toBe(START + 600_000);
		expect(items.map(({ json }) => json.id)).toEqual(ids(501).map(({ id }) => id));
		expect(items[500].pairedItem).toEqual({ item: 500 });
	}, 180_000);

	test('beyond Max Rate Limit Wait the item fails without being sent, saying it was the customers limit', async () => {
		standIn('GET', /\/customers\/\d+$/, 500, customerOf);

		const { items } = await runSalla(getCustomer(), { items: ids(501), continueOnFail: true });

		expect(received).toHaveLength(500);
		expect(clock.sleeps).toEqual([]);
		expect(items).toHaveLength(501);
		expect(items[499].json).toEqual({ id: 500 });
		expect(items[500].pairedItem).toEqual({ item: 500 });
		expect(items[500].error?.message).toBe(
			"Salla's limit for its customers endpoints (500 requests per 10 minutes) was reached (429)",
		);
		expect(items[500].error?.description).toBe(
			"This n8n has sent 500 requests to Salla's customers endpoints in the last 10 minutes, the most Salla allows; " +
				"the next may go in 600 seconds. That is longer than Max Rate Limit Wait (60 seconds) in the node's Options, " +
				'so this item was not sent. Raise Max Rate Limit Wait, or run the workflow again later.',
		);
	}, 180_000);

	test('the count spans runs: requests of an earlier run count too, the store\'s other endpoints do not', async () => {
		standIn('GET', /\/customers\/\d+$/, 500, customerOf);
		await runSalla(getCustomer(), { items: ids(499) });
		standIn('GET', /payment\/methods/, 3, () => paymentMethods);
		for (let index = 0; index < 3; index++) await callMethod('loadOptions', 'getPaymentMethods', { resource: 'customer', operation: 'get' });

		const { items } = await runSalla(getCustomer(), { items: ids(2), continueOnFail: true });

		expect(received.filter(({ path }) => path.includes('/customers/'))).toHaveLength(500);
		expect(items[0].json).toEqual({ id: 1 });
		expect(items[1].error?.message).toContain('customers endpoints');
	}, 180_000);
});

describe('a limiter of their own', () => {
	test('a long wait on the customers endpoints does not hold up the store\'s other endpoints', async () => {
		standIn('GET', /\/customers\/\d+$/, 1, () => tooMany('300', '500'));

		const { error } = await runSalla(getCustomer(), { items: ids(1) });

		expect(error?.message).toBe("Salla's limit for its customers endpoints (500 requests per 10 minutes) was reached (429)");
		expect(error?.description).toBe(
			'Salla says: "Too Many Attempts.". Salla asked to wait 300 seconds. That is longer than Max Rate Limit Wait ' +
				"(60 seconds) in the node's Options, so this item was not sent again. Raise Max Rate Limit Wait, or run the workflow again later.",
		);

		// The store's endpoints go at once.
		standIn('GET', /payment\/methods/, 1, () => paymentMethods);
		const { result } = await callMethod('loadOptions', 'getPaymentMethods', { resource: 'customer', operation: 'get' });
		expect(result).toEqual([{ name: 'mada', value: 'mada', description: 'Slug: mada' }]);

		// Customer groups are customers endpoints: they wait with the customers, and fail without being sent.
		const { error: groupError } = await runSalla({ resource: 'customerGroup', operation: 'getAll', returnAll: true });
		expect(groupError?.message).toBe("Salla's limit for its customers endpoints (500 requests per 10 minutes) was reached (429)");
		expect(groupError?.description).toContain('Salla asked to wait 300 seconds.');

		expect(received.map(({ path }) => path)).toEqual(['/admin/v2/customers/1', '/admin/v2/payment/methods?page=1&per_page=60']);
		expect(clock.sleeps).toEqual([]);
	});

	test('a store-wide wait on other endpoints does not hold up the customers endpoints', async () => {
		standIn('GET', /payment\/methods/, 1, () => [200, paymentMethods[1], { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(START / 1000 + 45) }]);
		await callMethod('loadOptions', 'getPaymentMethods', { resource: 'customer', operation: 'get' });
		standIn('GET', /\/customers\/\d+$/, 1, customerOf);

		const { items, error } = await runSalla(getCustomer(), { items: ids(1) });

		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id: 1 });
		expect(clock.sleeps).toEqual([]);
	});

	test('a customers 429 with the store plan\'s limit in its headers is the store\'s', async () => {
		standIn('GET', /\/customers\/\d+$/, 1, () => tooMany('120', '120'));
		const { error } = await runSalla(getCustomer(), { items: ids(1) });
		expect(error?.message).toBe("Salla's rate limit for this store was reached (429)");
		expect(error?.description).not.toContain('customers endpoints');
	});

	test('a customers 429 without X-RateLimit-Limit says Salla did not say which limit', async () => {
		standIn('GET', /\/customers\/\d+$/, 1, () => tooMany('90'));
		const { error } = await runSalla(getCustomer(), { items: ids(1) });
		expect(error?.message).toBe("Salla's rate limit for this store was reached (429)");
		expect(error?.description).toBe(
			'Salla says: "Too Many Attempts.". Salla asked to wait 90 seconds. Salla did not say which limit: besides the ' +
				"store's, its customers endpoints allow 500 requests per 10 minutes. That is longer than Max Rate Limit Wait " +
				"(60 seconds) in the node's Options, so this item was not sent again. Raise Max Rate Limit Wait, or run the workflow again later.",
		);
	});

	test('Remaining 0 with the customers limit, read from a Get Many page, holds the next page until Reset', async () => {
		const reset = START + 20_000;
		let call = 0;
		standIn('GET', /\/customers\?/, 2, () => {
			call++;
			return [
				200,
				{ status: 200, success: true, data: [{ id: call }], pagination: { currentPage: call, totalPages: 2 } },
				{ 'X-RateLimit-Limit': '500', 'X-RateLimit-Remaining': call === 1 ? '0' : '499', 'X-RateLimit-Reset': String(reset / 1000) },
			];
		});

		const { items, error } = await runSalla({ resource: 'customer', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(clock.sleeps).toEqual([20_000]);
		expect(sentAt).toEqual([START, reset]);
		expect(items.map(({ json }) => json.id)).toEqual([1, 2]);
	});
});
