import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, oneOf, requireBoolean, requireText, toList } from '../../../shared/validate';
import { readRecordCode } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { setting } from './shared';

/**
 * PUT /settings/fields/{slug} `{value}`: the value's kind follows the setting's `type` (Get Many
 * shows it): true/false for `boolean`, text for `string`, a list of choices for `dropdown`. Salla
 * answers with a bare message; the output says which setting got which value.
 */

const types = [
	{ name: 'Choices (Dropdown)', value: 'dropdown', description: 'A list of choices, such as email and sms' },
	{ name: 'On or Off (Boolean)', value: 'boolean', description: 'A setting that is on or off' },
	{ name: 'Text (String)', value: 'string', description: 'A text or number, such as a minimum order amount' },
];

function settingValue(context: IExecuteSingleFunctions): boolean | string | string[] {
	const type = oneOf(context, 'Type', context.getNodeParameter('type', ''), types);
	if (type === 'boolean') {
		return requireBoolean(context, 'Enabled', context.getNodeParameter('enabled', ''));
	}
	if (type === 'string') {
		return requireText(context, 'Value', context.getNodeParameter('value', ''), 'Give the setting\'s new value as text, for example 100.');
	}
	return toList(context.getNodeParameter('values', '')).map((entry) => {
		if (typeof entry !== 'string' && typeof entry !== 'number') {
			throw inputError(context, `Choices: ${JSON.stringify(entry)} is not a choice`, 'Give the choices as text separated by commas, for example email, sms.');
		}
		return String(entry);
	});
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change the value of a store setting by its slug',
	action: 'Update a setting',
	method: 'PUT',
	path: '/settings/fields/{setting}',
	scope: 'store-settings.read_write',
	body() {
		return { value: settingValue(this) };
	},
	postReceive: [
		describeOutcome((context) => ({ slug: readRecordCode(context, setting), value: settingValue(context), updated: true })),
	],
	fields: [
		setting,
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: types,
			default: 'boolean',
			description: 'The setting\'s type, as Get Many shows it',
		},
		{
			displayName: 'Enabled',
			name: 'enabled',
			type: 'boolean',
			default: true,
			description: 'Whether the setting is on',
			displayOptions: { show: { type: ['boolean'] } },
		},
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			placeholder: 'e.g. 100',
			description: 'The setting\'s new value',
			displayOptions: { show: { type: ['string'] } },
		},
		{
			displayName: 'Choices',
			name: 'values',
			type: 'string',
			default: '',
			placeholder: 'e.g. email, sms',
			description: 'The choices to select, separated by commas (or a list from an expression). Leave empty to select none.',
			displayOptions: { show: { type: ['dropdown'] } },
		},
	],
});
