import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { updateFields } from '../../common/collections';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { requireChanges } from '../../common/update';
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
	requireChanges(this, body);
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
