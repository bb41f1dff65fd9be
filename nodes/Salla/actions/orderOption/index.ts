import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteOption } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Order options (`/orders/options`): the fields customers fill in at checkout.
 *
 * Known limits: docs/resources/orderOption.md (its hand-written section).
 */
export const orderOption = defineResource({
	value: 'orderOption',
	name: 'Order Option',
	defaultOperation: getAll.value,
	operations: [create, deleteOption, get, getAll, update],
});
