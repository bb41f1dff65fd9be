import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, oneOf, requireText, toList } from '../../../shared/validate';
import { OPTION_DISPLAY_TYPES } from '../../common/vocabulary';

/**
 * Create's Options: a product made with its options (Salla's `options[]`, each with `values[{name}]`),
 * so that Salla makes a variant of each combination at once. Prices, stock and images of values are
 * set afterwards (Product Option Value, Product Variant); Salla's `options[]` of Create has no type.
 */

export const createOptionsField: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'fixedCollection',
	placeholder: 'Add Option',
	typeOptions: { multipleValues: true, sortable: true },
	default: {},
	description: 'Choices such as Size or Colour, with their values; Salla makes a variant of each combination',
	options: [
		{
			displayName: 'Option',
			name: 'option',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Size', description: 'The option as customers see it' },
				{
					displayName: 'Values',
					name: 'values',
					type: 'string',
					default: '',
					placeholder: 'e.g. S, M, L',
					description: 'The option\'s values, separated by commas',
				},
				{ displayName: 'Display Type', name: 'display_type', type: 'options', options: [...OPTION_DISPLAY_TYPES], default: 'text', description: 'How the values are shown' },
				{ displayName: 'Required', name: 'required', type: 'boolean', default: true, description: 'Whether the customer must choose a value' },
			],
		},
	],
};

/** Salla's `options[]`, or undefined when none; every option needs a name and at least one value. */
export function createOptionsBody(context: IExecuteSingleFunctions, raw: unknown): IDataObject[] | undefined {
	const rows = toList((raw as IDataObject | undefined)?.option);
	if (!rows.length) return undefined;
	return rows.map((row, index) => {
		const entry = (row ?? {}) as IDataObject;
		const label = `Options (${index + 1})`;
		const name = requireText(context, `${label}: Name`, entry.name, 'Give the option a name, such as Size.');
		const values = toList(entry.values)
			.flatMap((value) => (typeof value === 'string' ? value.split(',') : [value]))
			.map((value) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''))
			.filter(Boolean);
		if (!values.length) throw inputError(context, `${label}: Values is empty`, 'Give the option\'s values separated by commas, such as S, M, L.');
		const option: IDataObject = { name, values: values.map((value) => ({ name: value })) };
		if (entry.display_type !== undefined && entry.display_type !== '') option.display_type = oneOf(context, `${label}: Display Type`, entry.display_type, OPTION_DISPLAY_TYPES);
		if (typeof entry.required === 'boolean') option.required = entry.required;
		return option;
	});
}
