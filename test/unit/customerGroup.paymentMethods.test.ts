/**
 * Customer Group → the Available Payment Methods dropdown, through n8n-core's real engine with nock as Salla.
 */
import { ACCESS_TOKEN, callMethod } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { requestedPaths } from '../helpers/fixtures';
import { createGroup as create } from '../helpers/customerGroup';
import payment from '../fixtures/payment.json';

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('payment methods dropdown', () => {
	test('loads every page of Available Payment Methods and offers their slugs', async () => {
		salla('get', '/payment/methods?page=1&per_page=60', 200, {
			status: 200,
			success: true,
			data: payment.methods,
			pagination: { count: 2, total: 3, perPage: 2, currentPage: 1, totalPages: 2, links: { next: 'x' } },
		});
		salla('get', '/payment/methods?page=2&per_page=60', 200, {
			status: 200,
			success: true,
			data: [{ id: 525144736, slug: 'cod', name: '' }],
			pagination: { count: 1, total: 3, perPage: 2, currentPage: 2, totalPages: 2, links: [] },
		});

		const { result } = await callMethod('loadOptions', 'getPaymentMethods', create());

		expect(requestedPaths()).toEqual([
			'GET /admin/v2/payment/methods?page=1&per_page=60',
			'GET /admin/v2/payment/methods?page=2&per_page=60',
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(result).toEqual([
			{ name: 'creditCard', value: 'credit_card', description: 'Slug: credit_card' },
			{ name: 'mada', value: 'mada', description: 'Slug: mada' },
			{ name: 'cod', value: 'cod', description: 'Slug: cod' },
		]);
	});

	test('a missing payments.read scope is explained', async () => {
		salla('get', '/payment/methods?page=1&per_page=60', 403, {
			status: 403,
			success: false,
			error: { code: 'Forbidden', message: 'The access token should have access to one of those scopes: payments.read' },
		});
		await expect(callMethod('loadOptions', 'getPaymentMethods', create())).rejects.toMatchObject({
			message: 'Salla refused this operation (403)',
		});
	});
});
