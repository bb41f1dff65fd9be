/**
 * Review (Salla's feedbacks): Get Many with its filters as the exact query string, and Reply.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent, page } from '../helpers/fixtures';

const getMany = (parameters: Record<string, unknown>) => ({ resource: 'review', operation: 'getAll', ...parameters });

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Review → Get Many', () => {
	test('every filter reaches Salla, lists as PHP arrays', async () => {
		salla('get', /^\/admin\/v2\/feedbacks\?/, 200, page([{ id: 1, type: 'rating', rating: 5 }], 1, 1));

		const { items, error } = await runSalla(
			getMany({
				returnAll: true,
				filters: {
					keyword: ' late ',
					type: 'shipping',
					start_date: '2024-01-01T00:00:00',
					end_date: '2024-01-31T00:00:00',
					products: [2345231543, '77'],
					customer: { __rl: true, mode: 'list', value: '447121768', cachedResultName: 'Sara' },
					stars: ['1', '2'],
					reply: 'false',
					publish: 'true',
				},
			}),
		);

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(decodeURIComponent(received[0].path)).toBe(
			'/admin/v2/feedbacks?keyword=late&type=shipping&products[]=2345231543&products[]=77&customers[]=447121768' +
				'&stars[]=1&stars[]=2&reply=false&publish=true&start_date=2024-01-01&end_date=2024-01-31&page=1&per_page=60',
		);
		expect(items).toEqual([{ json: { id: 1, type: 'rating', rating: 5 }, pairedItem: { item: 0 } }]);
	});

	test('"Any" sends no reply or publish filter; Limit asks for just that many', async () => {
		salla('get', '/feedbacks?page=1&per_page=2', 200, page([{ id: 1 }, { id: 2 }], 1, 5));
		const { items } = await runSalla(getMany({ returnAll: false, limit: 2, filters: { reply: 'any', publish: 'any' } }));
		expect(received.map((request) => request.path)).toEqual(['/admin/v2/feedbacks?page=1&per_page=2']);
		expect(items).toHaveLength(2);
	});

	test('Return All walks two pages', async () => {
		salla('get', '/feedbacks?page=1&per_page=60', 200, page(Array.from({ length: 60 }, (_, i) => ({ id: i + 1 })), 1, 2));
		salla('get', '/feedbacks?page=2&per_page=60', 200, page([{ id: 61 }], 2, 2));
		const { items } = await runSalla(getMany({ returnAll: true }));
		expect(received).toHaveLength(2);
		expect(items).toHaveLength(61);
	});

	test.each([
		['a customer ID that is not a number', { customer: byId('={{ "sara" }}') }, 'Customer: "sara" is not a customer ID'],
		['an upside-down date range', { start_date: '2024-02-01T00:00:00', end_date: '2024-01-01T00:00:00' }, 'From Date (2024-02-01) is after To Date (2024-01-01)'],
		['an unknown type', { type: '={{ "video" }}' }, 'Type: "video" is not one of the choices'],
		['a product ID that is not a number', { products: '={{ "x1" }}' }, 'Product Names or IDs: "x1" is not an ID'],
	])('%s: nothing is sent', async (_case, filters, message) => {
		await expectNotSent(getMany({ returnAll: true, filters }), message);
	});
});

describe('Review → Reply', () => {
	const reply = (parameters: Record<string, unknown>) => ({ resource: 'review', operation: 'reply', feedback_id: byId('1813247824'), ...parameters });

	test('sends {comment} and says which review got which reply', async () => {
		salla('post', '/feedbacks/1813247824/reply', 201, { status: 201, success: true, data: { reply: 99001 } });

		const { items, error } = await runSalla(reply({ comment: ' Thank you! ' }));

		expect(error).toBeUndefined();
		expect(received.map((request) => [request.method, request.path, request.body])).toEqual([
			['POST', '/admin/v2/feedbacks/1813247824/reply', { comment: 'Thank you!' }],
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: { feedback_id: 1813247824, reply_id: 99001, comment: 'Thank you!' }, pairedItem: { item: 0 } }]);
	});

	test('an empty reply sends nothing', async () => {
		await expectNotSent(reply({ comment: '={{ "  " }}' }), 'Reply is empty');
	});

	test('an app Salla has not approved gets Salla\'s 403, mapped', async () => {
		salla('post', '/feedbacks/1813247824/reply', 403, { status: 403, success: false, error: { code: 'Forbidden', message: 'Forbidden' } });
		const { error } = await runSalla(reply({ comment: 'Thanks' }));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla refused this operation (403): it is reserved for apps Salla has approved');
		expect(error?.description).toMatch(/^Salla lets only apps it has approved reply to reviews and questions\. Salla says: "Forbidden"\./);
	});

	test('the review picker searches Salla by keyword and shows who wrote what', async () => {
		salla('get', '/feedbacks?page=1&per_page=60&keyword=late', 200, page([{ id: 5, content: 'Arrived late', customer: { name: 'Sara' } }], 1, 1));
		const { result } = await callMethod('listSearch', 'searchFeedbacks', { resource: 'review', operation: 'reply' }, ['late']);
		expect(result).toEqual({ results: [{ name: 'Sara: Arrived late', value: '5', url: undefined }], paginationToken: undefined });
	});
});
