import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
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
	postReceive: [describeOutcome((context) => ({ id: readRecordId(context, deliveryZone), deleted: true }))],
	fields: [deliveryZone],
});
