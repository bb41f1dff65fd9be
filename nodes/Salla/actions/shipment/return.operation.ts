import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { shipment } from './shared';

/**
 * POST /shipments/{shipment_id}/return: asks the shipping company to bring a shipment back. Salla
 * answers with the shipment; it refuses (422) a shipment that cannot be returned.
 */
export const returnShipment = defineOperation({
	value: 'return',
	name: 'Return',
	description: 'Have a shipment brought back to the store by its shipping company',
	action: 'Return a shipment',
	method: 'POST',
	path: '/shipments/{shipment_id}/return',
	scope: 'shipping.read_write',
	postReceive: [unwrapData],
	fields: [shipment],
});
