import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';

/** GET /webhooks/events: the events this store can subscribe to, one item each `{id, label, event}`. */
export const getEvents = defineOperation({
	value: 'getEvents',
	name: 'Get Events',
	description: 'Get the events a webhook can subscribe to in this store',
	action: 'Get webhook events',
	method: 'GET',
	path: '/webhooks/events',
	scope: 'webhooks.read',
	postReceive: [unwrapData],
});
