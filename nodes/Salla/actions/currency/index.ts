import { defineResource } from '../../common/operation';
import { activate } from './activate.operation';
import { getAll } from './getAll.operation';
import { getAvailable } from './getAvailable.operation';

/**
 * The store's currencies (`/currencies`).
 *
 * Known limits: Activate Currencies names only `metadata.read` as its scope although it changes the
 * store; if Salla answers 401 for it, give the app `metadata.read_write` too. List Currencies
 * documents no pagination; Get Many asks page by page and stops when Salla's answer has no further
 * page. Get Available sends one request and outputs every currency of that answer.
 */
export const currency = defineResource({
	value: 'currency',
	name: 'Currency',
	defaultOperation: getAll.value,
	operations: [activate, getAll, getAvailable],
});
