import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { shipment } from './shared';

/** POST /shipments/{shipment_id}/cancel: Salla answers with the cancelled shipment. */
export const cancel = defineOperation({
	value: 'cancel',
	name: 'Cancel',
	description: 'Cancel a shipment with its shipping company',
	action: 'Cancel a shipment',
	method: 'POST',
	path: '/shipments/{shipment_id}/cancel',
	scope: 'shipping.read_write',
	postReceive: [unwrapData],
	fields: [shipment],
});
