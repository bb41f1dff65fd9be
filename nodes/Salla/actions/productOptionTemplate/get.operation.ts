import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { sendWithDetails, template, withDetailsField } from './shared';

/** GET /products/options/templates/{id}, with its values (`with=details`) unless turned off. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get an option template with its values',
	action: 'Get an option template',
	method: 'GET',
	path: '/products/options/templates/{template}',
	scope: 'products.read',
	preSend: [sendWithDetails],
	postReceive: [unwrapData],
	fields: [template, withDetailsField],
});
