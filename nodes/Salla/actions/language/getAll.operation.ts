import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /languages: the store's languages with their status, direction and order. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s languages with their status and order',
	action: 'Get many languages',
	method: 'GET',
	path: '/languages',
	scope: 'metadata.read',
	list: true,
	fields: [...returnAllLimit()],
});
