import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { deliveryZone } from './shared';

/** DELETE /branches/delivery-zones/{zone_id}: the output says what was deleted, with Salla's message if any. */
export const deleteZone = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a branch delivery zone',
	action: 'Delete a branch delivery zone',
	method: 'DELETE',
	path: '/branches/delivery-zones/{zone_id}',
	scope: 'branches.read_write',
	postReceive: [deletedRecord(deliveryZone)],
	fields: [deliveryZone],
});
