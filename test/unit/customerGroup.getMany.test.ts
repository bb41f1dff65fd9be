/**
 * Customer Group → Get Many: Return All walks Salla's pages, Limit stops as soon as it has enough.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { page, requestedPaths } from '../helpers/fixtures';

const getMany = (parameters: Record<string, unknown> = {}) => ({
	resource: 'customerGroup',
	operation: 'getAll',
	...parameters,
});

/** Groups with ids from `first`, `count` of them. */
const groups = (first: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({ id: first + index, name: `Group ${first + index}` }));

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Customer Group → Get Many', () => {
	test('Return All walks three pages of 60 and stops at the last, tolerating every form of links', async () => {
		salla('get', '/customers/groups?page=1&per_page=60', 200, page(groups(1, 60), 1, 3, {}));
		salla('get', '/customers/groups?page=2&per_page=60', 200, page(groups(61, 60), 2, 3, { next: 'https://api.salla.dev/admin/v2/customers/groups?page=3', previous: null }));
		salla('get', '/customers/groups?page=3&per_page=60', 200, page(groups(121, 7), 3, 3, []));

		const { items, error } = await runSalla(getMany({ returnAll: true }));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/customers/groups?page=1&per_page=60',
			'GET /admin/v2/customers/groups?page=2&per_page=60',
			'GET /admin/v2/customers/groups?page=3&per_page=60',
		]);
		expect(received.every((request) => request.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
		expect(received.every((request) => request.body === undefined)).toBe(true);
		expect(items).toHaveLength(127);
		expect(items[0]).toEqual({ json: { id: 1, name: 'Group 1' }, pairedItem: { item: 0 } });
		expect(items[126]).toEqual({ json: { id: 127, name: 'Group 127' }, pairedItem: { item: 0 } });
		expect(items.map((item) => item.json.id)).toEqual(groups(1, 127).map((group) => group.id));
	});

	test('a single page makes a single request', async () => {
		salla('get', '/customers/groups?page=1&per_page=60', 200, page(groups(1, 2), 1, 1));

		const { items } = await runSalla(getMany({ returnAll: true }));

		expect(requestedPaths()).toEqual(['GET /admin/v2/customers/groups?page=1&per_page=60']);
		expect(items).toEqual([
			{ json: { id: 1, name: 'Group 1' }, pairedItem: { item: 0 } },
			{ json: { id: 2, name: 'Group 2' }, pairedItem: { item: 0 } },
		]);
	});

	test('a Limit smaller than a page asks for just that many, once', async () => {
		salla('get', '/customers/groups?page=1&per_page=5', 200, page(groups(1, 5), 1, 9));

		const { items } = await runSalla(getMany({ returnAll: false, limit: 5 }));

		expect(requestedPaths()).toEqual(['GET /admin/v2/customers/groups?page=1&per_page=5']);
		expect(items.map((item) => item.json)).toEqual(groups(1, 5));
	});

	test('a Limit spanning pages stops requesting as soon as it has enough', async () => {
		salla('get', '/customers/groups?page=1&per_page=60', 200, page(groups(1, 60), 1, 5));
		salla('get', '/customers/groups?page=2&per_page=60', 200, page(groups(61, 60), 2, 5));

		const { items } = await runSalla(getMany({ returnAll: false, limit: 100 }));

		expect(requestedPaths()).toEqual([
			'GET /admin/v2/customers/groups?page=1&per_page=60',
			'GET /admin/v2/customers/groups?page=2&per_page=60',
		]);
		expect(items).toHaveLength(100);
		expect(items[99].json).toEqual({ id: 100, name: 'Group 100' });
	});

	test('a Limit larger than the store stops at the last page', async () => {
		salla('get', '/customers/groups?page=1&per_page=60', 200, page(groups(1, 3), 1, 1));
		const { items } = await runSalla(getMany({ returnAll: false, limit: 500 }));
		expect(requestedPaths()).toEqual(['GET /admin/v2/customers/groups?page=1&per_page=60']);
		expect(items).toHaveLength(3);
	});

	test('a store with no groups outputs nothing', async () => {
		salla('get', '/customers/groups?page=1&per_page=60', 200, page([], 1, 0));
		const { items, error } = await runSalla(getMany({ returnAll: true }));
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
	});

	test('each input item gets its own walk, paired to it', async () => {
		salla('get', '/customers/groups?page=1&per_page=1', 200, page(groups(1, 1), 1, 3));
		salla('get', '/customers/groups?page=1&per_page=1', 200, page(groups(1, 1), 1, 3));

		const { items } = await runSalla(getMany({ returnAll: false, limit: 1 }), { items: [{}, {}] });

		expect(received).toHaveLength(2);
		expect(items).toEqual([
			{ json: { id: 1, name: 'Group 1' }, pairedItem: { item: 0 } },
			{ json: { id: 1, name: 'Group 1' }, pairedItem: { item: 1 } },
		]);
	});

	test('a failure on a later page is reported as Salla\'s error', async () => {
		salla('get', '/customers/groups?page=1&per_page=60', 200, page(groups(1, 60), 1, 2));
		salla('get', '/customers/groups?page=2&per_page=60', 403, { status: 403, success: false, error: { code: 'Forbidden', message: 'Forbidden' } });

		const { error } = await runSalla(getMany({ returnAll: true }));

		expect(error?.message).toBe('Salla refused this operation (403)');
		expect(requestedPaths()).toHaveLength(2);
	});
});
