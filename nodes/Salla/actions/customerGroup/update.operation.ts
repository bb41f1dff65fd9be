import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, toList } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { requireChanges } from '../../common/update';
import { buildFeatures, conditions, features, group } from './shared';

/** PUT /customers/groups/{group}: sends only what the user set. */

async function requireSomethingToUpdate(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const name = String(this.getNodeParameter('name', '') ?? '').trim();
	const rows = toList(this.getNodeParameter('conditions.condition', []));
	requireChanges(this, Boolean(name || rows.length || buildFeatures(this)), 'Set a new Name, or add Conditions or Features');
	return requestOptions;
}

/** Update's Name is optional: sent only when set. */
async function sendNewName(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const name = this.getNodeParameter('name', '') as unknown;
	if (name !== undefined && name !== null && typeof name !== 'string' && typeof name !== 'number') {
		throw inputError(this, 'Name must be text', 'Leave Name empty to keep the group\'s current name.');
	}
	const trimmed = String(name ?? '').trim();
	if (trimmed) (requestOptions.body as IDataObject).name = trimmed;
	return requestOptions;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a customer group\'s name, conditions or features',
	action: 'Update a customer group',
	method: 'PUT',
	path: '/customers/groups/{group}',
	scope: 'customers.read_write',
	preSend: [requireSomethingToUpdate],
	postReceive: [unwrapData],
	fields: [
		group,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: 'e.g. VIP customers',
			description: 'The group\'s new name. Leave empty to keep the current one.',
			routing: { send: { preSend: [sendNewName] } },
		},
		conditions,
		features,
	],
});
