import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { productForList, valueBody, valueFields, valueLocator } from '../productOption/shared';
import { optionForList } from './shared';

const nameUpdate: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. XL',
	description: 'The value\'s new name',
};

/** PUT /products/options/values/{value}: only what is set is sent. */
async function sendChanges(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = valueBody(this, '', (this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject, false);
	if (!Object.keys(body).length) {
		throw inputError(this, 'Nothing to update', 'Add at least one field under Update Fields: only the fields you set are sent to Salla.');
	}
	return { ...requestOptions, body };
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a value of a product option',
	action: 'Update a product option value',
	method: 'PUT',
	path: '/products/options/values/{value}',
	scope: 'products.read_write',
	preSend: [sendChanges],
	postReceive: [unwrapData],
	fields: [
		productForList,
		optionForList,
		valueLocator,
		updateFields([...valueFields, nameUpdate].sort((a, b) => a.displayName.localeCompare(b.displayName))),
	],
});
