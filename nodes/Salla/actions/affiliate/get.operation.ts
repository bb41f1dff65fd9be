import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { affiliate } from './shared';

/** GET /affiliates/{affiliates_id}: the link with its commission, discount, scopes and statistics. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get an affiliate link with its commission, scopes and statistics',
	action: 'Get an affiliate',
	method: 'GET',
	path: '/affiliates/{affiliates_id}',
	scope: 'marketing.read',
	postReceive: [unwrapData],
	fields: [affiliate],
});
