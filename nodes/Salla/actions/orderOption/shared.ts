import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { idList, inputError, oneOf, optionalBoolean, optionalMoney, optionalNumber, optionalText } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';
import { categoriesField } from '../category/shared';

/**
 * What Create and Update of an order option (a checkout field the customer fills in) share: the
 * option picker and the option's settings.
 */

export const orderOptionSearch = searchList('searchOrderOptions', { path: '/orders/options' });

export const orderOption = recordLocator({
	name: 'id',
	displayName: 'Order Option',
	noun: 'order option',
	shortNoun: 'option',
	example: '1209602516',
	search: orderOptionSearch,
	description: 'The checkout field: pick it from the list, or give its ID',
});

export const OPTION_TYPES = [
	{ name: 'Checkbox', value: 'checkbox', description: 'The customer ticks one or more choices' },
	{ name: 'Number', value: 'number', description: 'The customer types a number' },
	{ name: 'Text', value: 'text', description: 'The customer types text' },
];

/** The settings both operations may send, as options of their collection (alphabetical, as n8n shows them). */
export const optionSettings: INodeProperties[] = [
	categoriesField('Show the field only for products of these categories (sets Salla\'s selected_products)'),
	{
		displayName: 'Choices',
		name: 'options',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Choice',
		default: {},
		description: 'The choices of a checkbox field',
		options: [
			{
				displayName: 'Choice',
				name: 'choice',
				values: [
					{ displayName: 'Cost', name: 'cost', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0 },
					{ displayName: 'Default', name: 'is_default', type: 'boolean', default: false, description: 'Whether the choice is ticked at first' },
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Gift wrapping' },
					{
						displayName: 'Price',
						name: 'price',
						type: 'number',
						typeOptions: { minValue: 0, numberPrecision: 2 },
						default: 0,
						description: 'What the choice adds to the order, in the store currency',
					},
					{ displayName: 'Weight', name: 'weight', type: 'number', typeOptions: { minValue: 0 }, default: 0 },
				],
			},
		],
	},
	{
		displayName: 'Length',
		name: 'length',
		type: 'string',
		default: '',
		placeholder: 'e.g. 80|200',
		description: 'The allowed length of the answer, as Salla writes it (for example 80, or 80|200)',
	},
	{
		displayName: 'Multiple Choice',
		name: 'is_multi_choice',
		type: 'boolean',
		default: false,
		description: 'Whether the customer may tick more than one choice',
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'What the field adds to the order, in the store currency',
	},
	{
		displayName: 'Required',
		name: 'is_required',
		type: 'boolean',
		default: false,
		description: 'Whether the customer must fill the field in to check out',
	},
];

/** Salla's option settings from the collection `collection`, each checked. */
export function buildSettings(context: IExecuteSingleFunctions, collection: string): IDataObject {
	const values = (context.getNodeParameter(collection, {}) ?? {}) as IDataObject;
	const body: IDataObject = {};
	const required = optionalBoolean(context, 'Required', values.is_required);
	if (required !== undefined) body.is_required = required;
	const multiple = optionalBoolean(context, 'Multiple Choice', values.is_multi_choice);
	if (multiple !== undefined) body.is_multi_choice = multiple;
	const length = optionalText(context, 'Length', values.length);
	if (length) {
		if (!/^[0-9]+(\|[0-9]+)?$/.test(length)) {
			throw inputError(context, `Length: "${length}" is not a length`, 'Give a number of characters, or a range such as 80|200.');
		}
		body.length = length;
	}
	const price = optionalMoney(context, 'Price', values.price);
	if (price !== undefined) body.price = price;
	if (values.categories !== undefined) {
		const categories = idList(context, 'Categories', values.categories, '212');
		body.selected_products = categories.length > 0;
		if (categories.length) body.categories = categories;
	}
	const choices = ((values.options as IDataObject | undefined)?.choice ?? []) as IDataObject[];
	if (choices.length) {
		body.options = choices.map((choice, index) => {
			const where = `Choices: Choice ${index + 1}`;
			const name = optionalText(context, `${where}: Name`, choice.name);
			if (!name) throw inputError(context, `${where}: Name is empty`, 'Give each choice a name, such as Gift wrapping.');
			const entry: IDataObject = { name };
			for (const [key, label] of [['price', 'Price'], ['cost', 'Cost']] as const) {
				const amount = optionalMoney(context, `${where}: ${label}`, choice[key]);
				if (amount !== undefined) entry[key] = amount;
			}
			const weight = optionalNumber(context, `${where}: Weight`, choice.weight, { min: 0 });
			if (weight !== undefined) entry.weight = weight;
			const isDefault = optionalBoolean(context, `${where}: Default`, choice.is_default);
			if (isDefault !== undefined) entry.is_default = isDefault;
			return entry;
		});
	}
	return body;
}

export function optionType(context: IExecuteSingleFunctions, raw: unknown): string {
	return oneOf(context, 'Type', raw, OPTION_TYPES);
}
