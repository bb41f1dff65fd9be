import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { deliveryZone } from './shared';

/** GET /branches/delivery-zones/{zone_id}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a branch delivery zone with its area and hours',
	action: 'Get a branch delivery zone',
	method: 'GET',
	path: '/branches/delivery-zones/{zone_id}',
	scope: 'branches.read',
	postReceive: [unwrapData],
	fields: [deliveryZone],
});
