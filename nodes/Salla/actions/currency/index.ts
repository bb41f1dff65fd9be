import { defineResource } from '../../common/operation';
import { activate } from './activate.operation';
import { getAll } from './getAll.operation';
import { getAvailable } from './getAvailable.operation';

/**
 * The store's currencies (`/currencies`).
 *
 * Known limits: Salla's Activate Currencies page names the scope metadata.read for a change; the
 * node lists what the page says. The lists are not paginated in Salla's examples: the node stops
 * when the answer has no further page.
 */
export const currency = defineResource({
	value: 'currency',
	name: 'Currency',
	defaultOperation: getAll.value,
	operations: [activate, getAll, getAvailable],
});
