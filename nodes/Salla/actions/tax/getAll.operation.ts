import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /taxes: every page with Return All, 60 a page. Salla documents no filters. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s tax rates',
	action: 'Get many taxes',
	method: 'GET',
	path: '/taxes',
	scope: 'taxes.read',
	list: true,
	fields: returnAllLimit(),
});
