import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /specialoffers: every page with Return All, 60 a page. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s special offers',
	action: 'Get many special offers',
	method: 'GET',
	path: '/specialoffers',
	scope: 'specialoffers.read',
	list: true,
	fields: returnAllLimit(),
});
