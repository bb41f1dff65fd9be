/**
 * What the Salla Trigger's lifecycle tests share: the webhooks it registers (name, URLs, rule), Salla's
 * answers to them, the node's parameters and the static data of a node with both webhooks registered.
 */
import { ACCESS_TOKEN } from './engine';
import { received, salla } from './salla';
import { NODE_WEBHOOK_URL, WORKFLOW_ID, WORKFLOW_NAME } from './trigger';

/** The name the node gives its webhooks in Salla. */
export const NAME = `n8n: ${WORKFLOW_NAME} (workflow ${WORKFLOW_ID})`;
export const ORDER_URL = `${NODE_WEBHOOK_URL}?event=order.created`;
export const LOW_URL = `${NODE_WEBHOOK_URL}?event=product.quantity.low`;
export const RULE = 'payment_method = mada OR price < 50';

export const ok = (data: unknown) => ({ status: 200, success: true, data });
export const removed = { status: 202, success: true, data: { message: 'The Object has been removed successfully', code: 202 } };
export const listed = (data: unknown[]) => ({
	status: 200,
	success: true,
	data,
	pagination: { count: data.length, total: data.length, perPage: 60, currentPage: 1, totalPages: 1, links: [] },
});
export const registered = (id: number, event: string, url: string, rule?: string) =>
	ok({ id, name: NAME, event, type: 'manual', url, version: 2, rule: rule ?? '', headers: {} });

/** The headers n8n-core signs a Salla request with. */
export function expectSigned(index: number, withBody: boolean) {
	const headers = received[index].headers;
	expect(headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
	expect(headers.accept).toBe('application/json');
	if (withBody) expect(headers['content-type']).toBe('application/json');
}

/** Both events, with the signature strategy and a rule. */
export const triggerParameters = {
	events: ['order.created', 'product.quantity.low'],
	securityStrategy: 'signature',
	options: { rule: RULE },
};

/** Static data of a node that registered both webhooks with `secret`. */
export const activeState = (secret = 'a'.repeat(64)) => ({
	'node:Salla Trigger': {
		webhooks: [
			{ id: 1001, event: 'order.created', url: ORDER_URL },
			{ id: 1002, event: 'product.quantity.low', url: LOW_URL },
		],
		secret,
		strategy: 'signature',
		rule: RULE,
		baseUrl: NODE_WEBHOOK_URL,
	},
});

/** Salla answers the registration of both events as webhooks `first` and `first + 1` (subscribe, then strategy). */
export function answerRegistration(first: number): void {
	salla('post', '/webhooks/subscribe', 200, registered(first, 'order.created', ORDER_URL, RULE));
	salla('put', `/webhooks/${first}`, 200, ok({ id: first }));
	salla('post', '/webhooks/subscribe', 200, registered(first + 1, 'product.quantity.low', LOW_URL, RULE));
	salla('put', `/webhooks/${first + 1}`, 200, ok({ id: first + 1 }));
}

/** The requests of that registration, as `METHOD path`. */
export const registration = (first: number) => [
	'POST /admin/v2/webhooks/subscribe',
	`PUT /admin/v2/webhooks/${first}`,
	'POST /admin/v2/webhooks/subscribe',
	`PUT /admin/v2/webhooks/${first + 1}`,
];
