import { defineResource } from '../../common/operation';
import { activate } from './activate.operation';
import { getAll } from './getAll.operation';
import { getAvailable } from './getAvailable.operation';

/**
 * The store's currencies (`/currencies`).
 *
 * Known limits: docs/resources/currency.md (its hand-written section).
 */
export const currency = defineResource({
	value: 'currency',
	name: 'Currency',
	defaultOperation: getAll.value,
	operations: [activate, getAll, getAvailable],
});
