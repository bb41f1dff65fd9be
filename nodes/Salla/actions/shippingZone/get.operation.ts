import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { shippingZone } from './shared';

/** GET /shipping/zones/{zone_id}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a shipping zone with its place, fees and delivery time',
	action: 'Get a shipping zone',
	method: 'GET',
	path: '/shipping/zones/{zone_id}',
	scope: 'shipping.read',
	postReceive: [unwrapData],
	fields: [shippingZone],
});
