import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { getAll } from './getAll.operation';

/** Order statuses (`/orders/statuses`): Salla's originals and the store's custom sub-statuses. */
export const orderStatus = defineResource({
	value: 'orderStatus',
	name: 'Order Status',
	defaultOperation: getAll.value,
	operations: [create, getAll],
});
