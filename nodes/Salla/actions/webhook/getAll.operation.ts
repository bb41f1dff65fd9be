import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /webhooks: the store's active webhooks, every page with Return All. Salla documents no filters. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s active webhooks: the event, address and rule of each',
	action: 'Get many webhooks',
	method: 'GET',
	path: '/webhooks',
	scope: 'webhooks.read',
	list: true,
	fields: returnAllLimit(),
});
