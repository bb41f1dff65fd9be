// Webhook (/webhooks), read-only: each operation once inside n8n; the row format is in e2e/operations.e2e.test.mjs.
import { firstPage, fixture, ok, page } from '../../harness/salla-answers.mjs';

// The page's example (test/fixtures/webhook.json), and one the Salla Trigger registered (an app webhook, signed with a secret)
const CUSTOMER_LOGIN = fixture('webhook').customerLogin;
const ORDER_CREATED = { ...CUSTOMER_LOGIN, id: 566146469, name: 'n8n order.created', event: 'order.created', rule: null, type: 'app', security_strategy: 'signature' };
const EVENTS = [
	{ id: 1473353380, label: 'تم إنشاء طلب', event: 'order.created' },
	{ id: 566146469, label: 'تم تحديث بيانات طلب', event: 'order.updated' },
	{ id: 1764372897, label: 'تمت إضافة عميل', event: 'customer.created' },
];

export const operations = [
	{
		operation: 'getAll',
		parameters: { returnAll: true },
		request: firstPage('/webhooks'),
		// a secret Salla might send is not output: anyone reading the execution would see it
		answer: page([CUSTOMER_LOGIN, { ...ORDER_CREATED, secret: 'derived-signing-key' }]),
		output: [CUSTOMER_LOGIN, ORDER_CREATED],
	},
	{
		operation: 'getEvents',
		parameters: {},
		request: { method: 'GET', path: '/webhooks/events' },
		answer: ok(EVENTS),
		output: EVENTS,
	},
];
