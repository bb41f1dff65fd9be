import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { route } from './shared';

/** GET /shipping/routes/{id}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a shipping route with its companies, conditions and strategy',
	action: 'Get a shipping route',
	method: 'GET',
	path: '/shipping/routes/{route_id}',
	scope: 'shipping.read',
	postReceive: [unwrapData],
	fields: [route],
});
