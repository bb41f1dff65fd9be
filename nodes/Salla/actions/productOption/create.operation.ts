import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, oneOf, requireText } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { nameField } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { productLocator } from '../product/shared';
import { valuesBody, valuesField } from './shared';
import { OPTION_TYPES, optionSettings, optionSettingsBody, TYPES_WITH_VALUES } from './settings';

/**
 * POST /products/{product}/options: name and type are required, values too for radio, checkbox and
 * file options. For a product of type Product, Salla makes a variant of each value and answers with
 * the option, its values and the variants (`skus`), which Product Variant operations then reach.
 */
const product = productLocator();

function buildOption(this: IExecuteSingleFunctions): SallaBody {
	const name = requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the option a name, for example "Size".');
	const type = oneOf(this, 'Type', this.getNodeParameter('type', ''), OPTION_TYPES);
	const values = valuesBody(this);
	if (!values.length && TYPES_WITH_VALUES.includes(type)) {
		throw inputError(this, `Values is empty`, 'Add at least one value, such as S, M and L: Salla requires values for radio, checkbox and file options.');
	}
	const settings = optionSettingsBody(this, (this.getNodeParameter('additionalFields', {}) ?? {}) as IDataObject);
	return { name, type, ...settings, ...(values.length ? { values } : {}) };
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Add an option (such as Size or Colour) with its values to a product',
	action: 'Create a product option',
	method: 'POST',
	path: '/products/{product}/options',
	scope: 'products.read_write',
	body: buildOption,
	postReceive: [unwrapData],
	// Name first, as every Create shows it: the node keeps one Name property for all of them (twins.ts).
	fields: [
		nameField,
		product,
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: OPTION_TYPES,
			required: true,
			default: 'radio',
			description: 'How the customer fills in the option: Radio for one choice among values, Checkbox for several, or a free input',
		},
		valuesField,
		additionalFields(optionSettings),
	],
});
