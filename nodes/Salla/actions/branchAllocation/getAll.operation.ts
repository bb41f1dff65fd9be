import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /branches/allocation: every page with Return All, 60 a page. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the rules that decide which branch serves an order',
	action: 'Get many branch allocation rules',
	method: 'GET',
	path: '/branches/allocation',
	scope: 'branches.read',
	list: true,
	fields: returnAllLimit(),
});
