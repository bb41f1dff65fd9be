import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteZone } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Branch Delivery Zones (`/branches/delivery-zones`): the area each branch delivers to.
 *
 * Known limits: docs/resources/branchDeliveryZone.md (its hand-written section).
 */
export const branchDeliveryZone = defineResource({
	value: 'branchDeliveryZone',
	name: 'Branch Delivery Zone',
	defaultOperation: getAll.value,
	operations: [create, deleteZone, get, getAll, update],
});
