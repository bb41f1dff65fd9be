import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { shippingZone } from './shared';

/** DELETE /shipping/zones/{zone_id}: Salla answers with an empty `data`; the output says what was deleted. */
export const deleteZone = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a shipping zone',
	action: 'Delete a shipping zone',
	method: 'DELETE',
	path: '/shipping/zones/{zone_id}',
	scope: 'shipping.read_write',
	postReceive: [deletedRecord(shippingZone)],
	fields: [shippingZone],
});
