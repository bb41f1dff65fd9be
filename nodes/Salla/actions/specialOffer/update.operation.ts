import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { offerFields, offerLocator } from './shared';
import { buildOffer } from './body';

/**
 * PUT /specialoffers/{specialoffer}: Salla's Update page requires the same fields as Create (name,
 * channel, offer type, applies to), so the whole offer is sent, as on Create.
 */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Replace a special offer\'s settings; Salla needs the whole offer, as on Create',
	action: 'Update a special offer',
	method: 'PUT',
	path: '/specialoffers/{specialoffer}',
	scope: 'specialoffers.read_write',
	body: buildOffer,
	postReceive: [unwrapData],
	fields: [offerLocator('specialoffer'), ...offerFields],
});
