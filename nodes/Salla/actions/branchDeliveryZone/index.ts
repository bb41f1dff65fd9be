import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteZone } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Branch Delivery Zones (`/branches/delivery-zones`): the area each branch delivers to.
 *
 * Known limits: Salla opens these endpoints only to allowed applications (others get 403, which the
 * node reports). The pages name `branches.read` / `branches.read_write`, though §1 of the reference
 * lists the writes among pages without a scope. `status` is an integer in the request schema and a
 * boolean in the example and answers: the node sends 1 or 0, which either reading accepts. The schema
 * lists radius_meters and coordinates both as required but nullable: the node sends the unused one as
 * null. The Delete page shows no answer body: the output's message is null when Salla sends none.
 */
export const branchDeliveryZone = defineResource({
	value: 'branchDeliveryZone',
	name: 'Branch Delivery Zone',
	defaultOperation: getAll.value,
	operations: [create, deleteZone, get, getAll, update],
});
