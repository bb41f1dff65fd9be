import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { buildZone, shippingZone, zoneFields } from './shared';

/** PUT /shipping/zones/{zone_id}: Salla requires the whole zone again (the same body as Create). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Replace a shipping zone\'s company, place, fees and delivery time',
	action: 'Update a shipping zone',
	method: 'PUT',
	path: '/shipping/zones/{zone_id}',
	scope: 'shipping.read_write',
	body: buildZone,
	postReceive: [unwrapData],
	fields: [shippingZone, ...zoneFields],
});
