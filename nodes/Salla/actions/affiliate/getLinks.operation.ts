import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { affiliate } from './shared';

/** GET /affiliates/{affiliates_id}/links: each marketer's link with its visits, sales and profit. */
export const getLinks = defineOperation({
	value: 'getLinks',
	name: 'Get Links',
	description: 'Get the marketers\' links of an affiliate, with their visits, sales and profit',
	action: 'Get an affiliate\'s links',
	method: 'GET',
	path: '/affiliates/{affiliates_id}/links',
	scope: 'marketing.read',
	list: true,
	fields: [affiliate, ...returnAllLimit()],
});
