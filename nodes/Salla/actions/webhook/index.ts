import { defineResource } from '../../common/operation';
import { getAll } from './getAll.operation';
import { getEvents } from './getEvents.operation';

/**
 * Webhooks (`/webhooks`): read-only, for auditing. The Salla Trigger subscribes and unsubscribes its
 * own webhooks; this resource does not register or remove any.
 *
 * Known limits: List Active Webhooks' example answers `pagination` with currentPage 0; the node asks
 * for pages as on every list and stops when Salla's answer has no further page. Salla's answers may
 * include each webhook's custom headers (for example an Authorization value set by another app):
 * they are output as Salla sends them.
 */
export const webhook = defineResource({
	value: 'webhook',
	name: 'Webhook',
	defaultOperation: getAll.value,
	operations: [getAll, getEvents],
});
