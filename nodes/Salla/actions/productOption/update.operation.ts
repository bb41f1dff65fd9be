import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { optionalText } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { optionLocator, productForList, valuesBody, valuesField } from './shared';
import { optionSettings, optionSettingsBody } from './settings';

/**
 * PUT /products/options/{option}: only what is set is sent. Values, when given, replace the option's
 * values: Salla removes the old ones (and their variants) and adds the new.
 */
function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	const fields = (this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject;
	const body: IDataObject = {};
	const name = optionalText(this, 'Name', fields.name);
	if (name) body.name = name;
	Object.assign(body, optionSettingsBody(this, fields));
	const values = valuesBody(this);
	if (values.length) body.values = values;
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a product option; new values replace the old ones',
	action: 'Update a product option',
	method: 'PUT',
	path: '/products/options/{option}',
	scope: 'products.read_write',
	body: buildChanges,
	changes: { where: 'Add Values, or a field under Update Fields', why: 'only what you set is sent to Salla' },
	postReceive: [unwrapData],
	fields: [
		productForList,
		optionLocator(),
		{ ...valuesField, description: 'New values replace ALL the option\'s values: Salla removes the old ones and their variants' },
		updateFields([
			...optionSettings.slice(0, 1),
			{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Size', description: 'The option\'s new name' },
			...optionSettings.slice(1),
		]),
	],
});
