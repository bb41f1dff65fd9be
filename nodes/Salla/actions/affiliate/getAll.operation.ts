import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /affiliates. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s affiliate links and marketers',
	action: 'Get many affiliates',
	method: 'GET',
	path: '/affiliates',
	scope: 'marketing.read',
	list: true,
	fields: [...returnAllLimit()],
});
