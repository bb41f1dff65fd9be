import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { conditions, features } from './shared';

/** POST /customers/groups: the operation the package was founded on; its parameters are stable. */

async function checkName(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const name = this.getNodeParameter('name', '') as unknown;
	if (typeof name !== 'string' && typeof name !== 'number') {
		throw inputError(this, 'Name must be text', 'Give the customer group a name, for example "VIP customers".');
	}
	const trimmed = String(name).trim();
	if (!trimmed) {
		throw inputError(this, 'Name is empty', 'Give the customer group a name, for example "VIP customers".');
	}
	(requestOptions.body as IDataObject).name = trimmed;
	return requestOptions;
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a customer group with conditions and features',
	action: 'Create a customer group',
	method: 'POST',
	path: '/customers/groups',
	scope: 'customers.read_write',
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. VIP customers',
			description: 'The group\'s name, unique in the store',
			routing: { send: { type: 'body', property: 'name', preSend: [checkName] } },
		},
		conditions,
		features,
	],
});
