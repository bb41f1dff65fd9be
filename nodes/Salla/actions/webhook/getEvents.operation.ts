import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';

/**
 * GET /webhooks/events: the events a webhook can subscribe to, one item per event (`{id, label,
 * event}`). The page documents no pagination: the whole list comes in one answer.
 */
export const getEvents = defineOperation({
	value: 'getEvents',
	name: 'Get Events',
	description: 'Get the store events a webhook can subscribe to',
	action: 'Get webhook events',
	method: 'GET',
	path: '/webhooks/events',
	scope: 'webhooks.read',
	postReceive: [unwrapData],
});
