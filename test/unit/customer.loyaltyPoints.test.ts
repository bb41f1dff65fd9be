/**
 * Customer → Get Loyalty Points and Update Loyalty Points (stores with the Customer Loyalty app).
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent, invalidFields, requestedPaths } from '../helpers/fixtures';

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

const entry = (reference_id: number) => ({ name: 'مخصصة', points: 900, used_points: 0, status: 'مؤكدة', reference_id });

describe('Customer → Get Loyalty Points', () => {
	test('asks for the customer\'s history page by page, one item per entry', async () => {
		salla('get', '/customers/loyalty/points?customer_id=1257881496&page=1&per_page=60', 200, {
			status: 200,
			success: true,
			data: [entry(1), entry(2)],
			pagination: { count: 2, total: 3, perPage: 60, currentPage: 1, totalPages: 2, links: {} },
		});
		salla('get', '/customers/loyalty/points?customer_id=1257881496&page=2&per_page=60', 200, {
			status: 200,
			success: true,
			data: [entry(3)],
			pagination: { count: 1, total: 3, perPage: 60, currentPage: 2, totalPages: 2, links: {} },
		});

		const { items, error } = await runSalla({
			resource: 'customer',
			operation: 'getLoyaltyPoints',
			customer: byId('1257881496'),
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/customers/loyalty/points?customer_id=1257881496&page=1&per_page=60',
			'GET /admin/v2/customers/loyalty/points?customer_id=1257881496&page=2&per_page=60',
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([1, 2, 3].map((id) => ({ json: entry(id), pairedItem: { item: 0 } })));
	});

	test('a bad customer is refused before sending', async () => {
		await expectNotSent({ resource: 'customer', operation: 'getLoyaltyPoints', customer: byId('={{ "0" }}'), limit: 5 }, 'Customer: "0" is not a customer ID');
	});
});

describe('Customer → Update Loyalty Points', () => {
	const update = (parameters: Record<string, unknown> = {}) => ({
		resource: 'customer',
		operation: 'updateLoyaltyPoints',
		type: 'plus',
		points: 900,
		reason: 'Valid reason text',
		channel_send: ['email', 'sms'],
		customers: ['748394059'],
		...parameters,
	});
	const done = { status: 201, success: true, data: { code: 201, message: 'تم تحديث نقاط الولاء للعملاء بنجاح' } };

	test('posts Salla\'s body, customers picked and typed together', async () => {
		salla('post', '/customers/loyalty/points', 201, done);

		const { items, error } = await runSalla(
			update({
				pickedCustomers: { customer: [{ customer: { __rl: true, mode: 'list', value: '873874834', cachedResultName: 'Sara' } }] },
				customers: ['748394059', '873874834'],
			}),
		);

		expect(error).toBeUndefined();
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/customers/loyalty/points');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({
			points: 900,
			type: 'plus',
			reason: 'Valid reason text',
			channel_send: ['email', 'sms'],
			customers: [873874834, 748394059],
		});
		expect(items).toEqual([
			{
				json: {
					customers: [873874834, 748394059],
					type: 'plus',
					points: 900,
					updated: true,
					message: 'تم تحديث نقاط الولاء للعملاء بنجاح',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Reset Points is sent with Points, which Salla\'s schema requires; All Customers is sent as select_all', async () => {
		salla('post', '/customers/loyalty/points', 201, done);
		await runSalla(update({ type: 'minus', points: 50, reset_points: true, select_all: true, channel_send: ['mobile'] }));
		expect(received[0].body).toEqual({
			points: 50,
			reset_points: true,
			type: 'minus',
			reason: 'Valid reason text',
			channel_send: ['mobile'],
			customers: [748394059],
			select_all: true,
		});
	});

	test.each([
		['no points', { points: '' }, 'Points is empty'],
		['Reset Points without points', { points: '', reset_points: true }, 'Points is empty'],
		['too many points', { points: 1000000 }, 'Points: "1000000" is not a number from 1 to 999999'],
		['no reason', { reason: '={{ "" }}' }, 'Reason is empty'],
		['no channel', { channel_send: '={{ [] }}' }, 'Notify By is empty'],
		['an unknown channel', { channel_send: '={{ ["whatsapp"] }}' }, 'Notify By: "whatsapp" is not one of the choices'],
		['an unknown type', { type: '={{ "add" }}' }, 'Add or Deduct: "add" is not one of the choices'],
		['no customers', { customers: [] }, 'Customer IDs is empty'],
		['a customer that is not an ID', { customers: '={{ "1, Sara" }}' }, 'Customer IDs: "Sara" is not a customer ID'],
	])('%s is refused before sending', async (_case, parameters, message) => {
		await expectNotSent(update(parameters), message);
	});

	test('Salla\'s 422 names the customers it refused', async () => {
		salla('post', '/customers/loyalty/points', 422, invalidFields({ customers: ['حقل customers غير صالح'] }));
		const { error } = await runSalla(update());
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): customers: حقل customers غير صالح');
	});
});
