import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { nameField } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { conditions, features } from './shared';

/** POST /customers/groups: a group with its name, the conditions that put customers in it, and its features. */

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
	// name first in the body, as Salla's page shows it
	requestOptions.body = { name: trimmed, ...(requestOptions.body as IDataObject) };
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
	preSend: [checkName],
	postReceive: [unwrapData],
	fields: [
		nameField,
		conditions,
		features,
	],
});
