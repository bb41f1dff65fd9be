import { defineResource } from '../../common/operation';
import { getInfo } from './getInfo.operation';

/**
 * The connected store itself (`/store/info`).
 *
 * Known limits: docs/resources/store.md (its hand-written section).
 */
export const store = defineResource({
	value: 'store',
	name: 'Store',
	defaultOperation: getInfo.value,
	operations: [getInfo],
});
