import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteRoute } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { setDefault } from './setDefault.operation';
import { update } from './update.operation';

/**
 * Shipping Routes (`/shipping/routes`): which shipping companies checkout offers, when, and how one is
 * picked.
 *
 * Known limits: Salla opens these endpoints only to allowed applications (others get 403). A
 * condition's value depends on its type and is documented by example only: the node sends the
 * example's shapes (numbers, {min, max}, ID lists, {days, time_from, time_to}, {quantity,
 * product_ids}, area groups). Salla's example gives branch_count as text ("23"); the node sends a
 * number. The capacity level's allowed values are not listed (the example uses "route"). Route
 * `status` is 1/0 on Create and Update but a boolean on the default route, as each schema says.
 */
export const shippingRoute = defineResource({
	value: 'shippingRoute',
	name: 'Shipping Route',
	defaultOperation: getAll.value,
	operations: [create, deleteRoute, get, getAll, update, setDefault],
});
