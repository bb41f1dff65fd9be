/**
 * Order Option → Get Many, Get, Create, Update, Delete, and Order Reservation → Get Many: the exact
 * request, the output, the checks made before sending, Salla's errors.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value });
const paths = () => received.map(({ method, path }) => `${method} ${decodeURIComponent(path)}`);
const option = { id: 123456789, name: 'Gift message', is_required: true, type: 'text', status: true, length: '80|200', price: 0, currency: 'SAR' };
const answer = { status: 200, success: true, data: option };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Order Option → Get Many and Get', () => {
	test('GET /orders/options, one item per option; the picker lists them by name', async () => {
		const list = {
			status: 200,
			success: true,
			data: [{ id: 1209602516, name: 'Order option 1' }],
			pagination: { count: 1, total: 1, perPage: 60, currentPage: 1, totalPages: 1, links: [] },
		};
		salla('get', '/orders/options?page=1&per_page=60', 200, list);
		const { items } = await runSalla({ resource: 'orderOption', operation: 'getAll', returnAll: true });
		expect(items).toEqual([{ json: { id: 1209602516, name: 'Order option 1' }, pairedItem: { item: 0 } }]);
		salla('get', '/orders/options?page=1&per_page=60', 200, list);
		const { result } = await callMethod('listSearch', 'searchOrderOptions', { resource: 'orderOption', operation: 'get' });
		expect(result).toEqual({ results: [{ name: 'Order option 1', value: '1209602516' }], paginationToken: undefined });
	});

	test('GET /orders/options/{id}', async () => {
		salla('get', '/orders/options/123456789', 200, answer);
		const { items } = await runSalla({ resource: 'orderOption', operation: 'get', id: byId(123456789) });
		expect(paths()).toEqual(['GET /admin/v2/orders/options/123456789']);
		expect(items).toEqual([{ json: option, pairedItem: { item: 0 } }]);
	});
});

describe('Order Option → Create', () => {
	const create = (parameters: Record<string, unknown> = {}) => ({ resource: 'orderOption', operation: 'create', name: 'Gift message', type: 'text', ...parameters });

	test('name and type only', async () => {
		salla('post', '/orders/options', 200, answer);
		const { items } = await runSalla(create());
		expect(paths()).toEqual(['POST /admin/v2/orders/options']);
		expect(received[0].body).toEqual({ name: 'Gift message', type: 'text' });
		expect(items).toEqual([{ json: option, pairedItem: { item: 0 } }]);
	});

	test('a checkbox with choices, for some categories', async () => {
		salla('post', '/orders/options', 200, answer);
		await runSalla(
			create({
				type: 'checkbox',
				additionalFields: {
					is_required: true,
					is_multi_choice: true,
					price: 5,
					categories: [212, '223'],
					options: { choice: [{ name: 'Gift wrapping', price: 10, cost: 5, weight: 1, is_default: true }, { name: 'Card' }] },
				},
			}),
		);
		expect(received[0].body).toEqual({
			name: 'Gift message',
			type: 'checkbox',
			is_required: true,
			is_multi_choice: true,
			price: 5,
			selected_products: true,
			categories: [212, 223],
			// n8n fills a choice's untouched fields with their defaults.
			options: [
				{ name: 'Gift wrapping', price: 10, cost: 5, weight: 1, is_default: true },
				{ name: 'Card', price: 0, cost: 0, weight: 0, is_default: false },
			],
		});
	});

	test.each([
		[{ name: '={{ "" }}' }, 'Name is empty'],
		[{ type: '={{ "date" }}' }, 'Type: "date" is not one of the choices'],
		[{ additionalFields: { length: 'long' } }, 'Length: "long" is not a length'],
		[{ additionalFields: { options: { choice: [{ name: '' }] } } }, 'Choices: Choice 1: Name is empty'],
		[{ additionalFields: { categories: ['Shoes'] } }, 'Categories: "Shoes" is not an ID'],
		[{ additionalFields: { is_required: 'yes' } }, 'Required: "yes" is not true or false'],
	])('%j is refused before sending', async (parameters, message) => {
		const { error } = await runSalla(create(parameters));
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 becomes a NodeApiError', async () => {
		salla('post', '/orders/options', 422, { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { name: ['الاسم مطلوب'] } } });
		const { error } = await runSalla(create());
		expect(error?.message).toBe('Salla rejected the data (422): name: الاسم مطلوب');
	});
});

describe('Order Option → Update and Delete', () => {
	test('PUT /orders/options/{id} with only the fields set', async () => {
		salla('put', '/orders/options/123456789', 200, answer);
		const { items } = await runSalla({ resource: 'orderOption', operation: 'update', id: byId(123456789), updateFields: { name: ' Gift note ', length: '80', categories: [] } });
		expect(paths()).toEqual(['PUT /admin/v2/orders/options/123456789']);
		expect(received[0].body).toEqual({ name: 'Gift note', length: '80', selected_products: false });
		expect(items).toEqual([{ json: option, pairedItem: { item: 0 } }]);
	});

	test('an empty update is refused before sending', async () => {
		const { error } = await runSalla({ resource: 'orderOption', operation: 'update', id: byId(123456789), updateFields: {} });
		expect(error?.message).toBe('Nothing to update');
		expect(received).toEqual([]);
	});

	test('DELETE /orders/options/{id}: one item saying what was deleted', async () => {
		salla('delete', '/orders/options/123456787', 200, { status: 202, success: true, data: { code: 'success', message: 'تم حذف خيار الطلب بنجاح' } });
		const { items } = await runSalla({ resource: 'orderOption', operation: 'delete', id: byId(123456787) });
		expect(paths()).toEqual(['DELETE /admin/v2/orders/options/123456787']);
		expect(items).toEqual([{ json: { id: 123456787, deleted: true, message: 'تم حذف خيار الطلب بنجاح' }, pairedItem: { item: 0 } }]);
	});
});

describe('Order Reservation → Get Many', () => {
	const reservation = { id: 1473353380, title: 'تعليم القيادة (2)', type: 'day', start: '2024-02-16T00:00:00', seats_count: 2 };

	test('GET /reservations?start=&end=, one item per reservation', async () => {
		salla('get', '/reservations?start=2024-01-01&end=2024-01-31', 200, { status: 200, success: true, data: [reservation] });
		const { items, error } = await runSalla({ resource: 'orderReservation', operation: 'getAll', start: '2024-01-01T00:00:00', end: '2024-01-31' });
		expect(error).toBeUndefined();
		expect(paths()).toEqual(['GET /admin/v2/reservations?start=2024-01-01&end=2024-01-31']);
		expect(items).toEqual([{ json: reservation, pairedItem: { item: 0 } }]);
	});

	test.each([
		[{ start: '={{ "" }}', end: '2024-01-31' }, 'From is empty'],
		[{ start: '2024-02-01', end: '2024-01-31' }, 'From (2024-02-01) is after To (2024-01-31)'],
		[{ start: '2024-02-01', end: 'tomorrow' }, 'To: "tomorrow" is not a date'],
	])('%j is refused before sending', async (parameters, message) => {
		const { error } = await runSalla({ resource: 'orderReservation', operation: 'getAll', ...parameters });
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});
});
