import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { advertisement, advertisementFields, buildAdvertisement } from './shared';

/** PUT /advertisements/{advertisements_id}: Salla's Update page requires the whole ad, as Create does. */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Replace an ad\'s title, text, link, expiry and pages',
	action: 'Update an advertisement',
	method: 'PUT',
	path: '/advertisements/{advertisements_id}',
	scope: 'marketing.read_write',
	body: buildAdvertisement,
	postReceive: [unwrapData],
	fields: [advertisement, ...advertisementFields],
});
