import { defineResource } from '../../common/operation';
import { getInfo } from './getInfo.operation';

/**
 * The store itself (`/store/info`).
 *
 * Known limits: Salla's Store Information page names no scope; the node asks for none.
 */
export const store = defineResource({
	value: 'store',
	name: 'Store',
	defaultOperation: getInfo.value,
	operations: [getInfo],
});
