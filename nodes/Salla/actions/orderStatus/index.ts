import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { sort } from './sort.operation';
import { update } from './update.operation';

/**
 * Order statuses (`/orders/statuses`): Salla's originals and the store's custom sub-statuses.
 *
 * Known limits: docs/resources/orderStatus.md (its hand-written section).
 */
export const orderStatus = defineResource({
	value: 'orderStatus',
	name: 'Order Status',
	defaultOperation: getAll.value,
	operations: [create, get, getAll, sort, update],
});
