import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
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
function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	const body = valueBody(this, '', (this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject, false);
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a value of a product option',
	action: 'Update a product option value',
	method: 'PUT',
	path: '/products/options/values/{value}',
	scope: 'products.read_write',
	body: buildChanges,
	changes: true,
	postReceive: [unwrapData],
	fields: [
		productForList,
		optionForList,
		valueLocator,
		updateFields([...valueFields, nameUpdate].sort((a, b) => a.displayName.localeCompare(b.displayName))),
	],
});
