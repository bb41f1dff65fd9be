import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { offerLocator } from './shared';

/** GET /specialoffers/{specialoffer}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a special offer with what the customer buys and gets',
	action: 'Get a special offer',
	method: 'GET',
	path: '/specialoffers/{specialoffer}',
	scope: 'specialoffers.read',
	postReceive: [unwrapData],
	fields: [offerLocator('specialoffer')],
});
