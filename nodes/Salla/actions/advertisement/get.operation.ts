import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { advertisement } from './shared';

/** GET /advertisements/{advertisements_id}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get an ad with its link, style, expiry and pages',
	action: 'Get an advertisement',
	method: 'GET',
	path: '/advertisements/{advertisements_id}',
	scope: 'marketing.read',
	postReceive: [unwrapData],
	fields: [advertisement],
});
