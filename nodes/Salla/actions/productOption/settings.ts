import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, isUnset, oneOf, optionalNumber, optionalText, requireBoolean, requireId } from '../../../shared/validate';
import { loadWith } from '../../common/search';
import { conditionOptionOptions, conditionValueOptions } from './shared';
import { OPTION_DISPLAY_TYPES } from '../../common/vocabulary';

/** An option's settings Create (Additional Fields) and Update (Update Fields) send in the same shape. */

export const OPTION_TYPES = [
	{ name: 'Checkbox (Several Choices)', value: 'checkbox' },
	{ name: 'Colour Picker', value: 'color_picker' },
	{ name: 'Date', value: 'date' },
	{ name: 'Date and Time', value: 'datetime' },
	{ name: 'File Upload', value: 'file' },
	{ name: 'Image', value: 'image' },
	{ name: 'Map Location', value: 'map' },
	{ name: 'Number', value: 'number' },
	{ name: 'Radio (One Choice)', value: 'radio' },
	{ name: 'Splitter', value: 'splitter' },
	{ name: 'Text', value: 'textarea' },
	{ name: 'Time', value: 'time' },
];

/** Types whose choices are values (Salla requires `values` for them). */
export const TYPES_WITH_VALUES = ['radio', 'checkbox', 'file'];

const VISIBILITY = [
	{ name: 'Always', value: 'always' },
	{ name: 'On Condition', value: 'on_condition', description: 'Only when another option has a given value' },
];

/** The panel's values are words: n8n reads a parameter starting with "=" as an expression. */
const CONDITIONS = [
	{ name: 'Is', value: 'equal' },
	{ name: 'Is Not', value: 'not_equal' },
	{ name: 'Greater Than', value: 'greater' },
	{ name: 'Less Than', value: 'less' },
];
/** Salla's `visibility_condition_type` for each of the panel's conditions. */
const CONDITION_SYMBOLS: Record<string, string> = { equal: '=', not_equal: '!=', greater: '>', less: '<' };

export const optionSettings: INodeProperties[] = [
	{
		displayName: 'Display Type',
		name: 'display_type',
		type: 'options',
		options: [...OPTION_DISPLAY_TYPES],
		default: 'text',
		description: 'How the values are shown to customers: as text, images or colours',
	},
	{
		displayName: 'Not Same Day Order',
		name: 'not_same_day_order',
		type: 'boolean',
		default: false,
		description: 'Whether a Date option refuses today\'s date',
	},
	{
		displayName: 'Only When Option Name or ID',
		name: 'visibility_condition_option',
		type: 'options',
		typeOptions: loadWith(conditionOptionOptions, ['product']),
		default: '',
		description:
			'With Visibility On Condition: the product\'s other option the condition looks at. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Only When Value Name or ID',
		name: 'visibility_condition_value',
		type: 'options',
		typeOptions: loadWith(conditionValueOptions, ['additionalFields.visibility_condition_option', 'updateFields.visibility_condition_option']),
		default: '',
		description:
			'With Visibility On Condition: the value of that option the condition compares with. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Order Time',
		name: 'associated_with_order_time',
		type: 'boolean',
		default: false,
		description: 'Whether a Date option is tied to the order\'s time',
	},
	{
		displayName: 'Required',
		name: 'required',
		type: 'boolean',
		default: true,
		description: 'Whether the customer must fill in the option',
	},
	{
		displayName: 'Sort Order',
		name: 'sort',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Where the option appears among the product\'s options',
	},
	{
		displayName: 'Visibility',
		name: 'visibility',
		type: 'options',
		options: VISIBILITY,
		default: 'always',
		description: 'Whether the option is always shown, or only when another option has a given value',
	},
	{
		displayName: 'Visibility Condition',
		name: 'visibility_condition_type',
		type: 'options',
		options: CONDITIONS,
		default: 'equal',
		description: 'With Visibility On Condition: how the other option\'s value is compared',
	},
];

/** Salla's body from the settings the user set, every rule checked first. */
export function optionSettingsBody(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const body: IDataObject = {};
	if (!isUnset(values.display_type)) body.display_type = oneOf(context, 'Display Type', values.display_type, OPTION_DISPLAY_TYPES);
	for (const [key, label] of [
		['required', 'Required'],
		['associated_with_order_time', 'Order Time'],
		['not_same_day_order', 'Not Same Day Order'],
	] as const) {
		if (!isUnset(values[key])) body[key] = requireBoolean(context, label, values[key]);
	}
	const sort = optionalNumber(context, 'Sort Order', values.sort, { min: 0, integer: true });
	if (sort !== undefined) body.sort = sort;

	const visibility = isUnset(values.visibility) ? undefined : oneOf(context, 'Visibility', values.visibility, VISIBILITY);
	const condition = {
		type: isUnset(values.visibility_condition_type) ? undefined : oneOf(context, 'Visibility Condition', values.visibility_condition_type, CONDITIONS),
		option: optionalText(context, 'Only When Option Name or ID', values.visibility_condition_option),
		value: optionalText(context, 'Only When Value Name or ID', values.visibility_condition_value),
	};
	const anyCondition = Object.values(condition).some((part) => part);
	if (visibility === 'on_condition') {
		if (!condition.type || !condition.option || !condition.value) {
			throw inputError(
				context,
				'Visibility is On Condition but the condition is incomplete',
				'Add Visibility Condition, Only When Option and Only When Value: the option is shown when that option\'s value matches.',
			);
		}
	} else if (anyCondition) {
		throw inputError(context, 'A visibility condition is set but Visibility is not On Condition', 'Add Visibility and choose On Condition, or remove the condition.');
	}
	if (visibility) body.visibility = visibility;
	if (visibility === 'on_condition') {
		body.visibility_condition_type = CONDITION_SYMBOLS[condition.type as string];
		body.visibility_condition_option = requireId(context, 'Only When Option Name or ID', condition.option, '2134428744');
		body.visibility_condition_value = requireId(context, 'Only When Value Name or ID', condition.value, '306646512');
	}
	return body;
}
