import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { advertisementFields, buildAdvertisement } from './shared';

/** POST /advertisements: every field is required by Salla. */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Show an ad on the store\'s pages',
	action: 'Create an advertisement',
	method: 'POST',
	path: '/advertisements',
	scope: 'marketing.read_write',
	body: buildAdvertisement,
	postReceive: [unwrapData],
	fields: advertisementFields,
});
