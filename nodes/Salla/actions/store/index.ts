import { defineResource } from '../../common/operation';
import { getInfo } from './getInfo.operation';

/**
 * The connected store itself (`/store/info`).
 *
 * Known limits: Store Information names no scope; the node asks for none (README shows "none
 * named"). If Salla answers 401, reconnect the credential.
 */
export const store = defineResource({
	value: 'store',
	name: 'Store',
	defaultOperation: getInfo.value,
	operations: [getInfo],
});
