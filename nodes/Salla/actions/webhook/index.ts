import { defineResource } from '../../common/operation';
import { getAll } from './getAll.operation';
import { getEvents } from './getEvents.operation';

/**
 * Webhooks (`/webhooks`), read-only here: for auditing what the store is subscribed to. The Salla
 * Trigger node subscribes and unsubscribes its own webhooks.
 *
 * Known limits: a `secret` in a webhook record (the page documents none) is left out of Get Many's
 * output. List Events documents no pagination, so Get Events sends one request and outputs
 * every event of that answer. Register, update and deactivate (`POST /webhooks/subscribe`,
 * `PUT /webhooks/{id}`, `DELETE /webhooks/unsubscribe`) are not offered: the Salla Trigger owns them.
 */
export const webhook = defineResource({
	value: 'webhook',
	name: 'Webhook',
	defaultOperation: getAll.value,
	operations: [getAll, getEvents],
});
