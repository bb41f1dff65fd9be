/**
 * Order → Get Many: the exact query string Salla receives for every filter, paging, and the checks
 * made before sending.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectNotSent, page } from '../helpers/fixtures';

const getMany = (parameters: Record<string, unknown> = {}) => ({ resource: 'order', operation: 'getAll', ...parameters });

const orders = (first: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({ id: first + index, reference_id: 40497000 + first + index }));

const paths = () => received.map(({ method, path }) => `${method} ${decodeURIComponent(path)}`);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Order → Get Many', () => {
	test('every filter reaches Salla as its documented query parameter, lists PHP-style', async () => {
		salla('get', /\/admin\/v2\/orders\?.*/, 200, page(orders(1, 2), 1, 1));

		const { items, error } = await runSalla(
			getMany({
				returnAll: false,
				limit: 10,
				filters: {
					keyword: ' Mohammed ',
					status: [566146469, '1298199463'],
					payment_method: ['mada', 'cod'],
					from_date: '2026-01-05T00:00:00',
					to_date: '2026-01-31T00:00:00',
					customer_id: { __rl: true, mode: 'id', value: '447121768' },
					reference_id: '40497223',
					coupon: 'SUMMER10',
					tags: ['1906257745', 22],
					source: ['store', 'dashboard'],
					selling_channel: ['mobile-app'],
					sort_by: 'created_at-desc',
					branch: [1846327032],
					product: ' Black T-Shirt ',
					country: '1473353380',
					city: 'jeddah',
					unread: true,
					assign_employee: [461258256, '1968921873'],
					created_by: 461258256,
					shipping_app_id: ['1433878184'],
					accounting_services: 'zoho_books',
				},
			}),
		);

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(decodeURIComponent(received[0].path)).toBe(
			'/admin/v2/orders?keyword=Mohammed&status[]=566146469&status[]=1298199463&payment_method[]=mada&payment_method[]=cod' +
				'&customer_id=447121768&reference_id=40497223&coupon=SUMMER10&tags[]=1906257745&tags[]=22' +
				'&branch[]=1846327032&product=Black T-Shirt&country=1473353380&city=jeddah&unread=true' +
				'&assign_employee[]=461258256&assign_employee[]=1968921873&created_by=461258256&shipping_app_id[]=1433878184' +
				'&accounting_services=zoho_books&source[]=store&source[]=dashboard' +
				'&selling_channel[]=mobile-app&sort_by=created_at-desc&from_date=2026-01-05&to_date=2026-01-31&page=1&per_page=10',
		);
		expect(items).toEqual([
			{ json: { id: 1, reference_id: 40497001 }, pairedItem: { item: 0 } },
			{ json: { id: 2, reference_id: 40497002 }, pairedItem: { item: 0 } },
		]);
	});

	test('without filters only paging is sent; Return All walks the pages', async () => {
		salla('get', '/orders?page=1&per_page=60', 200, page(orders(1, 60), 1, 2));
		salla('get', '/orders?page=2&per_page=60', 200, page(orders(61, 3), 2, 2));

		const { items } = await runSalla(getMany({ returnAll: true }));

		expect(paths()).toEqual(['GET /admin/v2/orders?page=1&per_page=60', 'GET /admin/v2/orders?page=2&per_page=60']);
		expect(items).toHaveLength(63);
		expect(items[62]).toEqual({ json: { id: 63, reference_id: 40497063 }, pairedItem: { item: 0 } });
	});

	test('Unread Only switched off sends no unread filter', async () => {
		salla('get', /\/admin\/v2\/orders\?.*/, 200, page([], 1, 0));
		await runSalla(getMany({ returnAll: true, filters: { unread: false, product: '  ' } }));
		expect(paths()).toEqual(['GET /admin/v2/orders?page=1&per_page=60']);
	});

	test('a single status from an expression is still sent as a list', async () => {
		salla('get', /\/admin\/v2\/orders\?.*/, 200, page([], 1, 0));
		await runSalla(getMany({ returnAll: true, filters: { status: '={{ 566146469 }}' } }));
		expect(paths()).toEqual(['GET /admin/v2/orders?status[]=566146469&page=1&per_page=60']);
	});

	test.each([
		[{ status: ['paid'] }, 'Status: "paid" is not an ID'],
		[{ from_date: '2026-02-01', to_date: '2026-01-01' }, 'Created From (2026-02-01) is after Created To (2026-01-01)'],
		[{ from_date: 'yesterday' }, 'Created From: "yesterday" is not a date'],
		[{ customer_id: { __rl: true, mode: 'id', value: 'abc' } }, 'Customer: "abc" is not an ID'],
		[{ reference_id: '#4049' }, 'Order Number: "#4049" is not an ID'],
		[{ source: '={{ ["shop"] }}' }, 'Source: "shop" is not one of the choices'],
		[{ selling_channel: '={{ "web" }}' }, 'Selling Channel: "web" is not one of the choices'],
		[{ sort_by: 'name-asc' }, 'Sort: "name-asc" is not one of the choices'],
		// Salla's tags[] takes tag IDs: a tag name would filter on nothing.
		[{ tags: ['VIP'] }, 'Tag IDs: "VIP" is not an ID'],
		[{ branch: ['Riyadh'] }, 'Branches: "Riyadh" is not an ID'],
		[{ country: 'SA' }, 'Country: "SA" is not an ID'],
		[{ assign_employee: '={{ ["Sara"] }}' }, 'Assigned Employees: "Sara" is not an ID'],
		[{ created_by: 'Sara' }, 'Created By: "Sara" is not an ID'],
		[{ shipping_app_id: ['aramex'] }, 'Shipping Companies: "aramex" is not an ID'],
		[{ unread: 'yes' }, 'Unread Only: "yes" is not true or false'],
		[{ accounting_services: 'xero' }, 'Not Yet Sent To: "xero" is not one of the choices'],
	])('%j is refused before sending', async (filters, message) => {
		await expectNotSent(getMany({ returnAll: true, filters }), message);
	});
});
