import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /advertisements. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the ads shown on the store\'s pages',
	action: 'Get many advertisements',
	method: 'GET',
	path: '/advertisements',
	scope: 'marketing.read',
	list: true,
	fields: [...returnAllLimit()],
});
