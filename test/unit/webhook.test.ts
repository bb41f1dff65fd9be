/**
 * Webhook → Get Many (the store's active webhooks) and Get Events: read-only, for auditing.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const hook = {
	id: 831980095,
	name: 'Customer Login',
	event: 'customer.login',
	version: 2,
	rule: 'first_name = `User`',
	type: 'manual',
	url: 'https://webhook.site/ae7ff328',
	headers: { 'Accept-Language': 'AR' },
};
const events = [
	{ id: 1473353380, label: 'تم إنشاء طلب', event: 'order.created' },
	{ id: 566146469, label: 'تم تحديث بيانات طلب', event: 'order.updated' },
];

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Webhook → Get Many', () => {
	test('lists the active webhooks; an answer with currentPage 0 ends the walk', async () => {
		salla('get', '/webhooks?page=1&per_page=60', 200, {
			status: 200,
			success: true,
			data: [hook],
			pagination: { count: 0, total: 0, perPage: 65, currentPage: 0, totalPages: 0, links: ['string'] },
		});
		const { items, error } = await runSalla({ resource: 'webhook', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /admin/v2/webhooks?page=1&per_page=60']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: hook, pairedItem: { item: 0 } }]);
	});

	test('Salla\'s 403 is mapped', async () => {
		salla('get', '/webhooks?page=1&per_page=60', 403, {
			status: 403,
			success: false,
			error: { code: 'Forbidden', message: 'Forbidden' },
		});
		const { error } = await runSalla({ resource: 'webhook', operation: 'getAll', returnAll: true });
		expect(error?.message).toBe('Salla refused this operation (403)');
	});
});

describe('Webhook → Get Events', () => {
	test('outputs one item per event', async () => {
		salla('get', '/webhooks/events', 200, { status: 200, success: true, data: events });
		const { items, error } = await runSalla({ resource: 'webhook', operation: 'getEvents' });
		expect(error).toBeUndefined();
		expect(received.map((request) => [request.method, request.path, request.body])).toEqual([['GET', '/admin/v2/webhooks/events', undefined]]);
		expect(items).toEqual(events.map((json) => ({ json, pairedItem: { item: 0 } })));
	});
});
