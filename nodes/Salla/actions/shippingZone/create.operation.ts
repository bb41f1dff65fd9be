import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { buildZone, zoneFields } from './shared';

/** POST /shipping/zones: a custom shipping zone of a custom shipping company. */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a zone a custom shipping company delivers to, with its fees and delivery time',
	action: 'Create a shipping zone',
	method: 'POST',
	path: '/shipping/zones',
	scope: 'shipping.read_write',
	body: buildZone,
	postReceive: [unwrapData],
	fields: zoneFields,
});
