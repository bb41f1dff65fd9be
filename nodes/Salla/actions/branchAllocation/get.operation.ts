import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { allocation } from './shared';

/** GET /branches/allocation/{Id}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a branch allocation rule with its conditions and branches',
	action: 'Get a branch allocation rule',
	method: 'GET',
	path: '/branches/allocation/{allocation_id}',
	scope: 'branches.read',
	postReceive: [unwrapData],
	fields: [allocation],
});
