/**
 * Customer → Get Many: pages, Limit, and the exact query string Salla receives for its filters.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectNotSent, pageWithLinks, requestedPaths } from '../helpers/fixtures';

const getMany = (parameters: Record<string, unknown> = {}) => ({ resource: 'customer', operation: 'getAll', ...parameters });

const customers = (first: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({ id: first + index, first_name: `C${first + index}`, mobile: 555000000 + index }));

const page = pageWithLinks([]);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Customer → Get Many', () => {
	test('Return All walks the pages, one item per customer', async () => {
		salla('get', '/customers?page=1&per_page=60', 200, page(customers(1, 60), 1, 2));
		salla('get', '/customers?page=2&per_page=60', 200, page(customers(61, 3), 2, 2));

		const { items, error } = await runSalla(getMany({ returnAll: true }));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/customers?page=1&per_page=60',
			'GET /admin/v2/customers?page=2&per_page=60',
		]);
		expect(received.every((request) => request.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
		expect(received.every((request) => request.body === undefined)).toBe(true);
		expect(items).toHaveLength(63);
		expect(items[0]).toEqual({ json: { id: 1, first_name: 'C1', mobile: 555000000 }, pairedItem: { item: 0 } });
		expect(items[62]).toEqual({ json: { id: 63, first_name: 'C63', mobile: 555000002 }, pairedItem: { item: 0 } });
	});

	test('search, registered from / to and extra fields go out in Salla\'s query form', async () => {
		salla('get', /\/customers\?/, 200, page(customers(9, 2), 1, 1));

		const { items, error } = await runSalla(
			getMany({
				limit: 5,
				filters: {
					keyword: ' 966511804534 ',
					date_from: '2024-12-01T00:00:00',
					date_to: '2024-12-31T00:00:00',
					fields: ['is_blocked', 'block_reason', 'total_points'],
				},
			}),
		);

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].path).toBe(
			'/admin/v2/customers?keyword=966511804534&date_from=2024-12-01&date_to=2024-12-31' +
				'&fields%5B%5D=is_blocked&fields%5B%5D=block_reason&fields%5B%5D=total_points&page=1&per_page=5',
		);
		expect(decodeURIComponent(received[0].path)).toContain('fields[]=is_blocked&fields[]=block_reason&fields[]=total_points');
		expect(items.map(({ json }) => json.id)).toEqual([9, 10]);
	});

	test('a single extra field, from an expression, is still a list', async () => {
		salla('get', /\/customers\?/, 200, page([], 1, 1));
		await runSalla(getMany({ limit: 1, filters: { fields: '={{ ["is_whitelisted"] }}' } }));
		expect(received[0].path).toBe('/admin/v2/customers?fields%5B%5D=is_whitelisted&page=1&per_page=1');
	});

	test('Limit stops after the first page that has enough', async () => {
		salla('get', '/customers?page=1&per_page=2', 200, page(customers(1, 2), 1, 40));
		const { items } = await runSalla(getMany({ limit: 2 }));
		expect(received).toHaveLength(1);
		expect(items.map(({ json }) => json.id)).toEqual([1, 2]);
	});

	test.each([
		['dates upside down', { date_from: '2025-02-01', date_to: '2025-01-01' }, 'Registered From (2025-02-01) is after Registered To (2025-01-01)'],
		['a date that is not one', { date_from: '={{ "yesterday" }}' }, 'Registered From: "yesterday" is not a date'],
		['an extra field Salla does not offer', { fields: '={{ ["orders_count"] }}' }, 'Extra Fields: "orders_count" is not one of the choices'],
	])('%s is refused before sending', async (_case, filters, message) => {
		await expectNotSent(getMany({ filters }), message);
	});
});
