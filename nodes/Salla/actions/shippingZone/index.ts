import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteZone } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Shipping Zones (`/shipping/zones`): where a custom shipping company delivers, at what fee.
 *
 * Known limits: docs/resources/shippingZone.md (its hand-written section).
 */
export const shippingZone = defineResource({
	value: 'shippingZone',
	name: 'Shipping Zone',
	defaultOperation: getAll.value,
	operations: [create, deleteZone, get, getAll, update],
});
