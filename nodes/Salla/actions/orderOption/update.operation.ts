import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { optionalText } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { buildSettings, OPTION_TYPES, optionSettings, optionType, orderOption } from './shared';

/** PUT /orders/options/{id}: only what the user set. */

function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	const values = (this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject;
	const body: IDataObject = {};
	const name = optionalText(this, 'Name', values.name);
	if (name) body.name = name;
	if (values.type !== undefined && values.type !== '') body.type = optionType(this, values.type);
	Object.assign(body, buildSettings(this, 'updateFields'));
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change an order option\'s name, type, choices, price or categories',
	action: 'Update an order option',
	method: 'PUT',
	path: '/orders/options/{id}',
	scope: 'orders.read_write',
	body: buildChanges,
	changes: { where: 'Add a field to Update Fields', why: 'only those are sent to Salla' },
	postReceive: [unwrapData],
	fields: [
		orderOption,
		updateFields([
			...optionSettings.slice(0, 4),
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			...optionSettings.slice(4),
			{ displayName: 'Type', name: 'type', type: 'options', options: OPTION_TYPES, default: 'text' },
		]),
	],
});
