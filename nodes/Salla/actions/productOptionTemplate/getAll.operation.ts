import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { sendWithDetails, withDetailsField } from './shared';

/** GET /products/options/templates: every page with Return All, with values (`with=details`) unless turned off. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s option templates',
	action: 'Get many option templates',
	method: 'GET',
	path: '/products/options/templates',
	scope: 'products.read',
	list: true,
	preSend: [sendWithDetails],
	fields: [...returnAllLimit(), withDetailsField],
});
