import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { shipment } from './shared';

/** GET /shipments/{shipment_id}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a shipment with its packages, addresses and status',
	action: 'Get a shipment',
	method: 'GET',
	path: '/shipments/{shipment_id}',
	scope: 'shipping.read',
	postReceive: [unwrapData],
	fields: [shipment],
});
