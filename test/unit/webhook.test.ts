/**
 * Webhook → Get Many and Get Events: reading what the store is subscribed to.
 */
import { runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectApiError, expectRefused, expectSallaHeaders, pageWithLinks, requestedPaths } from '../helpers/fixtures';
import webhook from '../fixtures/webhook.json';

const page = pageWithLinks([]);

// the page's example, shared with the e2e table
const { customerLogin } = webhook;
const orderCreated = { ...customerLogin, id: 2, name: 'n8n order.created', event: 'order.created', rule: null, type: 'app' };

const forbidden = { status: 403, success: false, error: { code: 'Forbidden', message: 'This action is unauthorized.' } };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Webhook → Get Many', () => {
	test('Return All walks every page and outputs each webhook as Salla sends it', async () => {
		salla('get', '/webhooks?page=1&per_page=60', 200, page([customerLogin], 1, 2));
		salla('get', '/webhooks?page=2&per_page=60', 200, page([orderCreated], 2, 2));

		const { items, error } = await runSalla({ resource: 'webhook', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/webhooks?page=1&per_page=60', 'GET /admin/v2/webhooks?page=2&per_page=60']);
		expectSallaHeaders(received[0].headers);
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([
			{ json: customerLogin, pairedItem: { item: 0 } },
			{ json: orderCreated, pairedItem: { item: 0 } },
		]);
	});

	test('Limit asks for just that many', async () => {
		salla('get', '/webhooks?page=1&per_page=1', 200, page([customerLogin], 1, 3));
		const { items } = await runSalla({ resource: 'webhook', operation: 'getAll', returnAll: false, limit: 1 });
		expect(requestedPaths()).toEqual(['GET /admin/v2/webhooks?page=1&per_page=1']);
		expect(items).toEqual([{ json: customerLogin, pairedItem: { item: 0 } }]);
	});

	test('a secret Salla might send with a webhook is not output', async () => {
		salla('get', '/webhooks?page=1&per_page=60', 200, page([{ ...orderCreated, security_strategy: 'signature', secret: 'derived-signing-key' }], 1, 1));
		const { items } = await runSalla({ resource: 'webhook', operation: 'getAll', returnAll: true });
		expect(items).toEqual([{ json: { ...orderCreated, security_strategy: 'signature' }, pairedItem: { item: 0 } }]);
		expect(JSON.stringify(items)).not.toContain('derived-signing-key');
	});

	test('a Limit that is not a number of results sends nothing', async () => {
		await expectRefused(
			{ resource: 'webhook', operation: 'getAll', returnAll: false, limit: '={{ "all" }}' },
			'Limit: "all" is not a number of results',
		);
	});

	test('Salla\'s 403 reaches the user as a NodeApiError', async () => {
		salla('get', '/webhooks?page=1&per_page=60', 403, forbidden);
		const { error } = await runSalla({ resource: 'webhook', operation: 'getAll', returnAll: true });
		expectApiError(error, '403', 'Salla refused this operation (403)');
		expect(error?.description).toContain('Salla says: "This action is unauthorized."');
	});
});

describe('Webhook → Get Events', () => {
	const events = [
		{ id: 1473353380, label: 'تم إنشاء طلب', event: 'order.created' },
		{ id: 566146469, label: 'تم تحديث بيانات طلب', event: 'order.updated' },
	];

	test('sends one GET and outputs one item per event', async () => {
		salla('get', '/webhooks/events', 200, { status: 200, success: true, data: events });

		const { items, error } = await runSalla({ resource: 'webhook', operation: 'getEvents' });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/webhooks/events']);
		expectSallaHeaders(received[0].headers);
		expect(items).toEqual(events.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('one request per input item', async () => {
		salla('get', '/webhooks/events', 200, { status: 200, success: true, data: [events[0]] });
		salla('get', '/webhooks/events', 200, { status: 200, success: true, data: [events[1]] });
		const { items } = await runSalla({ resource: 'webhook', operation: 'getEvents' }, { items: [{}, {}] });
		expect(requestedPaths()).toEqual(['GET /admin/v2/webhooks/events', 'GET /admin/v2/webhooks/events']);
		expect(items).toEqual([
			{ json: events[0], pairedItem: { item: 0 } },
			{ json: events[1], pairedItem: { item: 1 } },
		]);
	});

	test('Salla\'s 403 reaches the user as a NodeApiError', async () => {
		salla('get', '/webhooks/events', 403, forbidden);
		const { error } = await runSalla({ resource: 'webhook', operation: 'getEvents' });
		expectApiError(error, '403', 'Salla refused this operation (403)');
	});
});
