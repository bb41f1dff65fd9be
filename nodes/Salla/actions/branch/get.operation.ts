import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { branch } from './shared';

/** GET /branches/{branch}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a branch with its address, contacts and working hours',
	action: 'Get a branch',
	method: 'GET',
	path: '/branches/{branch}',
	scope: 'branches.read',
	postReceive: [unwrapData],
	fields: [branch],
});
