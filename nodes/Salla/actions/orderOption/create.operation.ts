import { requireText } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { nameField } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { buildSettings, OPTION_TYPES, optionSettings, optionType } from './shared';

/** POST /orders/options `{name, type, …}`: a new checkout field. */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Add a field customers fill in at checkout: text, a number or checkboxes',
	action: 'Create an order option',
	method: 'POST',
	path: '/orders/options',
	scope: 'orders.read_write',
	body() {
		return {
			name: requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the field a name customers understand, for example "Gift message".'),
			type: optionType(this, this.getNodeParameter('type', 'text')),
			...buildSettings(this, 'additionalFields'),
		};
	},
	postReceive: [unwrapData],
	fields: [
		nameField,
		{ displayName: 'Type', name: 'type', type: 'options', options: OPTION_TYPES, default: 'text' },
		additionalFields(optionSettings),
	],
});
