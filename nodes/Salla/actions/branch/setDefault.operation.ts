import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { branch } from './shared';

/**
 * Makes a branch the store's default: Salla documents no endpoint of its own for it, so this is
 * Update Branch (PUT /branches/{branch}, every field optional) with `is_default` alone.
 */
export const setDefault = defineOperation({
	value: 'setDefault',
	name: 'Set Default',
	description: 'Make a branch the store\'s default branch for all operations',
	action: 'Set the default branch',
	method: 'PUT',
	path: '/branches/{branch}',
	scope: 'branches.read_write',
	body: () => ({ is_default: true }),
	postReceive: [unwrapData],
	fields: [branch],
});
