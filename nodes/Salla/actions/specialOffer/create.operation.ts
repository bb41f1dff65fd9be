import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { offerFields } from './shared';
import { buildOffer } from './body';

/** POST /specialoffers. */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a special offer: buy X get Y, percentage, fixed amount or discounts table',
	action: 'Create a special offer',
	method: 'POST',
	path: '/specialoffers',
	scope: 'specialoffers.read_write',
	body: buildOffer,
	postReceive: [unwrapData],
	fields: offerFields,
});
