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
 * Known limits: docs/resources/shippingRoute.md (its hand-written section).
 */
export const shippingRoute = defineResource({
	value: 'shippingRoute',
	name: 'Shipping Route',
	defaultOperation: getAll.value,
	operations: [create, deleteRoute, get, getAll, update, setDefault],
});
