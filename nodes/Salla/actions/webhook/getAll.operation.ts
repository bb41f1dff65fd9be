import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /webhooks: the store's active webhooks (event, URL, version, rule, headers). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s active webhooks, to audit what is subscribed',
	action: 'Get many webhooks',
	method: 'GET',
	path: '/webhooks',
	scope: 'webhooks.read',
	list: true,
	fields: [...returnAllLimit()],
});
