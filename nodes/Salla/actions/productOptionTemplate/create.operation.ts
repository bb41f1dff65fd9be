import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { oneOf, requireText } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { nameField } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { detailsBody, detailsField, displayTypeField, englishNameField, templateBody } from './shared';

/** POST /products/options/templates: a reusable option (such as Colour) with its values. */
const TYPES = [
	{ name: 'Radio (One Choice)', value: 'radio' },
	{ name: 'Checkbox (Several Choices)', value: 'checkbox' },
];

function buildTemplate(this: IExecuteSingleFunctions): SallaBody {
	const name = requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the template a name, for example "Colour".');
	const type = oneOf(this, 'Type', this.getNodeParameter('type', ''), TYPES);
	const extra = (this.getNodeParameter('additionalFields', {}) ?? {}) as IDataObject;
	return { ...templateBody(this, extra), name, type, details: detailsBody(this) };
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a reusable option (such as Colour) with its values',
	action: 'Create an option template',
	method: 'POST',
	path: '/products/options/templates',
	scope: 'products.read_write',
	body: buildTemplate,
	postReceive: [unwrapData],
	// Name first, as every Create shows it: the node keeps one Name property for all of them (twins.ts).
	fields: [
		nameField,
		{ displayName: 'Type', name: 'type', type: 'options', options: TYPES, default: 'radio', description: 'Whether customers choose one value or several' },
		detailsField,
		additionalFields([displayTypeField, englishNameField]),
	],
});
