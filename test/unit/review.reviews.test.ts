/**
 * Review → Get Many Reviews (`/reviews`, its filters as the exact query string, the types Salla
 * answers), Get, and Update (publish or hide), and the review picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent, pageWithLinks } from '../helpers/fixtures';

const page = pageWithLinks([]);
const question = {
	id: 1096828836,
	type: 'ask',
	rating: 0,
	content: 'A question',
	order_id: null,
	is_published: true,
	created_at: '2023-11-01 15:32:31',
	customer: { id: 1227534533, name: 'Ahmed Ali', mobile: 565555555, email: 'ahmed@mail.com' },
};
const sent = () => received.map((request) => [request.method, decodeURIComponent(request.path), request.body]);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Review → Get Many Reviews', () => {
	const getMany = (parameters: Record<string, unknown>) => ({ resource: 'review', operation: 'getReviews', ...parameters });

	test('every filter reaches Salla; Store Review is Salla\'s "testimonial"', async () => {
		salla('get', /^\/admin\/v2\/reviews\?/, 200, page([question], 1, 1));
		const { items, error } = await runSalla(
			getMany({
				returnAll: true,
				filters: {
					keyword: ' shoes ',
					type: 'testimonial',
					start_date: '2024-01-01T00:00:00',
					end_date: '2024-01-31T00:00:00',
					products: ['2345231543'],
					customer: byId('1227534533'),
					stars: ['4', '5'],
					reply: 'true',
					publish: 'false',
				},
			}),
		);
		expect(error).toBeUndefined();
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(sent()).toEqual([
			[
				'GET',
				'/admin/v2/reviews?keyword=shoes&type=testimonial&products[]=2345231543&customers[]=1227534533&stars[]=4&stars[]=5' +
					'&reply=true&publish=false&start_date=2024-01-01&end_date=2024-01-31&page=1&per_page=60',
				undefined,
			],
		]);
		expect(items).toEqual([{ json: question, pairedItem: { item: 0 } }]);
	});

	test('Limit asks for just that many; "Any" sends no reply or publish filter', async () => {
		salla('get', '/reviews?page=1&per_page=2', 200, page([{ id: 1 }, { id: 2 }], 1, 4));
		const { items } = await runSalla(getMany({ returnAll: false, limit: 2, filters: { reply: 'any', publish: 'any' } }));
		expect(sent()).toEqual([['GET', '/admin/v2/reviews?page=1&per_page=2', undefined]]);
		expect(items.map((item) => item.json)).toEqual([{ id: 1 }, { id: 2 }]);
	});

	test.each([
		['a type from the feedbacks page\'s prose', { type: '={{ "product" }}' }, 'Type: "product" is not one of the choices'],
		['stars out of range', { stars: '={{ ["6"] }}' }, 'Stars: "6" is not one of the choices'],
		['an upside-down date range', { start_date: '2024-02-01T00:00:00', end_date: '2024-01-01T00:00:00' }, 'From Date (2024-02-01) is after To Date (2024-01-01)'],
		['a customer ID that is not a number', { customer: byId('={{ "sara" }}') }, 'Customer: "sara" is not a customer ID'],
	])('%s: nothing is sent', async (_case, filters, message) => expectNotSent(getMany({ returnAll: true, filters }), message));
});

describe('Review → Get', () => {
	test('sends GET to the review and outputs it', async () => {
		salla('get', '/reviews/1096828836', 200, { status: 200, success: true, data: question });
		const { items, error } = await runSalla({ resource: 'review', operation: 'get', review_id: byId('1096828836') });
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['GET', '/admin/v2/reviews/1096828836', undefined]]);
		expect(items).toEqual([{ json: question, pairedItem: { item: 0 } }]);
	});

	test('a missing review is Salla\'s 404, mapped', async () => {
		salla('get', '/reviews/7', 404, { status: 404, success: false, error: { code: 404, message: 'Not found' } });
		const { error } = await runSalla({ resource: 'review', operation: 'get', review_id: byId('7') });
		expect(error?.httpCode).toBe('404');
		expect(error?.message).toBe('Salla could not find what this operation refers to (404)');
	});
});

describe('Review → Update', () => {
	const update = (parameters: Record<string, unknown>) => ({ resource: 'review', operation: 'update', review_id: byId('1096828836'), ...parameters });

	test.each([
		[true, { is_published: true }],
		[false, { is_published: false }],
		['={{ "false" }}', { is_published: false }],
	])('Published %s sends %j and outputs the review', async (published, body) => {
		salla('put', '/reviews/1096828836', 200, { status: 200, success: true, data: { ...question, ...body } });
		const { items, error } = await runSalla(update({ is_published: published }));
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['PUT', '/admin/v2/reviews/1096828836', body]]);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(items).toEqual([{ json: { ...question, ...body }, pairedItem: { item: 0 } }]);
	});

	test('bad input sends nothing', async () => {
		const notBoolean = await runSalla(update({ is_published: '={{ "maybe" }}' }));
		expect(notBoolean.error?.message).toBe('Published: "maybe" is not true or false');
		const noReview = await runSalla(update({ review_id: byId('={{ "x" }}') }));
		expect(noReview.error?.message).toBe('Review: "x" is not a review ID');
		expect(received).toEqual([]);
	});
});

test('the review picker searches Salla by keyword and shows the type, who and what', async () => {
	salla('get', '/reviews?page=1&per_page=60&keyword=question', 200, page([question], 1, 1));
	const { result } = await callMethod('listSearch', 'searchReviews', { resource: 'review', operation: 'get' }, ['question']);
	expect(result).toEqual({
		results: [{ name: 'Product Question · Ahmed Ali · A question', value: '1096828836', url: undefined }],
		paginationToken: undefined,
	});
});
