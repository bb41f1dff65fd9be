import { defineResource } from '../../common/operation';
import { getAll } from './getAll.operation';
import { getEvents } from './getEvents.operation';

/**
 * Webhooks (`/webhooks`), read-only here: for auditing what the store is subscribed to. The Salla
 * Trigger node subscribes and unsubscribes its own webhooks.
 *
 * Known limits: docs/resources/webhook.md (its hand-written section).
 */
export const webhook = defineResource({
	value: 'webhook',
	name: 'Webhook',
	defaultOperation: getAll.value,
	operations: [getAll, getEvents],
});
