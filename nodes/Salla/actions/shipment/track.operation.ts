import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { shipment } from './shared';

/** GET /shipments/{shipment_id}/tracking: the shipment with its status `history`, newest first. */
export const track = defineOperation({
	value: 'track',
	name: 'Track',
	description: 'Get a shipment\'s tracking details: its status, tracking link and status history',
	action: 'Track a shipment',
	method: 'GET',
	path: '/shipments/{shipment_id}/tracking',
	scope: 'shipping.read',
	postReceive: [unwrapData],
	fields: [shipment],
});
