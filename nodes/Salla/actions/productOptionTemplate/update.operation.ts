import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { detailsBody, detailsField, displayTypeField, englishNameField, template, templateBody } from './shared';

/**
 * PUT /products/options/templates/{id}: Salla requires the values (`details`) on every update, so
 * Values is required here; name, display type and English name only when set.
 */
function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	const fields = (this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject;
	return { ...templateBody(this, fields), details: detailsBody(this) };
}

const nameUpdate: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Colour',
	description: 'The template\'s new name',
};

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change an option template; its values are replaced by the ones given',
	action: 'Update an option template',
	method: 'PUT',
	path: '/products/options/templates/{template}',
	scope: 'products.read_write',
	body: buildChanges,
	postReceive: [unwrapData],
	fields: [
		template,
		{ ...detailsField, description: 'The template\'s values; Salla requires them on every update and keeps the ones given' },
		updateFields([displayTypeField, nameUpdate, englishNameField]),
	],
});
