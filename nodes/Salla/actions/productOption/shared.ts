import type {
	IDataObject,
	IExecuteSingleFunctions,
	ILoadOptionsFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { optionalBoolean, optionalMoney, optionalNumber, optionalText, requireText, toId, toList } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { optionsPicker } from '../../common/search';
import { currentId, detailsSearch, inProductDetails, parentDetails, type DetailsSpec } from '../product/search';
import { productLocator } from '../product/shared';

/**
 * What Product Option and Product Option Value share: the option and value pickers, and an option's
 * values in Salla's shape (`values[{name, price, quantity, display_value, is_default}]`). Salla has
 * no list of options or values: the option list is read from the chosen product's details, the value
 * list from the chosen option's details.
 */

/** The product whose options the Option list shows; not sent, so it may be left empty. */
export const productForList = productLocator(undefined, {
	required: false,
	description: 'The product whose options the Option list shows (not needed when giving the option ID)',
});

/** A product's options and an option's values: Salla lists them only in the details of each. */
const OPTIONS: DetailsSpec = {
	...inProductDetails,
	keys: ['options'],
	items: 'options',
	item: 'option',
	where: 'in the product\'s details, under options',
};
const VALUES: DetailsSpec = {
	parent: 'the Option',
	path: (id) => `/products/options/${id}`,
	keys: ['values'],
	items: 'values',
	item: 'value',
	where: 'in the option\'s details, under values',
};

export const optionSearch = detailsSearch('searchProductOptions', 'product', {
	...OPTIONS,
	name: (option) => `${String(option.name ?? option.id)}${option.type ? ` (${String(option.type)})` : ''}`,
});

export const valueSearch = detailsSearch('searchProductOptionValues', 'option', {
	...VALUES,
	name: (value) => String(value.name ?? value.id),
});

const asOptions = (records: IDataObject[]): INodePropertyOptions[] =>
	records.map((record) => ({ name: String(record.name ?? record.id), value: toId(record.id) as number }));

/** The chosen product's options, for the visibility condition's Only When Option dropdown. */
export const conditionOptionOptions = optionsPicker('getProductOptionsOfProduct', async function (
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return asOptions(await parentDetails(this, currentId(this, 'product'), OPTIONS, true));
});

/** The condition option's values, for the visibility condition's Only When Value dropdown. */
export const conditionValueOptions = optionsPicker('getConditionOptionValues', async function (
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	let optionId: number | undefined;
	for (const collection of ['additionalFields', 'updateFields']) {
		try {
			const values = this.getCurrentNodeParameter(collection) as IDataObject | undefined;
			optionId ??= toId(values?.visibility_condition_option);
		} catch {
			// the collection is not on this operation's panel
		}
	}
	return asOptions(await parentDetails(this, optionId, { ...VALUES, parent: 'Only When Option' }, true));
});

export function optionLocator(extra: { required?: boolean; description?: string } = {}): INodeProperties {
	return recordLocator({
		name: 'option',
		displayName: 'Option',
		noun: 'product option',
		shortNoun: 'option',
		example: '1130246629',
		search: optionSearch,
		description: 'The product option, such as Size or Colour',
		...extra,
	});
}

export const valueLocator = recordLocator({
	name: 'value',
	displayName: 'Value',
	noun: 'option value',
	shortNoun: 'value',
	example: '322122678',
	search: valueSearch,
	description: 'The option value, such as XL or Blue',
});

/** The fields of one option value, in Salla's names (Create Value's own fields, and each row of Values). */
export const valueFields: INodeProperties[] = [
	{
		displayName: 'Extra Price',
		name: 'price',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Added to the product\'s price when the customer chooses this value, in the store currency',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Units in stock of this value',
	},
	{
		displayName: 'Display Value',
		name: 'display_value',
		type: 'string',
		default: '',
		placeholder: 'e.g. #1E90FF',
		description: 'What the store shows for it: a colour such as #1E90FF for colour options, an image ID for image options; the name otherwise',
	},
	{
		displayName: 'Default',
		name: 'is_default',
		type: 'boolean',
		default: false,
		description: 'Whether this value is chosen at first',
	},
];

/** One value in Salla's shape; `label` names it in errors ("Values (2)"), `name` is required. */
export function valueBody(context: IExecuteSingleFunctions, label: string, values: IDataObject, nameRequired: boolean): IDataObject {
	const prefix = label ? `${label}: ` : '';
	const body: IDataObject = {};
	const name = nameRequired
		? requireText(context, `${prefix}Name`, values.name, 'Give the value a name, such as XL or Blue.')
		: optionalText(context, `${prefix}Name`, values.name);
	if (name) body.name = name;
	const price = optionalMoney(context, `${prefix}Extra Price`, values.price);
	if (price !== undefined) body.price = price;
	const quantity = optionalNumber(context, `${prefix}Quantity`, values.quantity, { min: 0, integer: true });
	if (quantity !== undefined) body.quantity = quantity;
	const display = optionalText(context, `${prefix}Display Value`, values.display_value);
	if (display) body.display_value = display;
	const isDefault = optionalBoolean(context, `${prefix}Default`, values.is_default, 'Turn Default on or off.');
	if (isDefault !== undefined) body.is_default = isDefault;
	return body;
}

/** The Values list of Create and Update Option. */
export const valuesField: INodeProperties = {
	displayName: 'Values',
	name: 'values',
	type: 'fixedCollection',
	placeholder: 'Add Value',
	typeOptions: { multipleValues: true, sortable: true },
	default: {},
	description: 'The choices of the option, such as S, M and L. For a Product, Salla makes a variant of each.',
	options: [
		{
			displayName: 'Value',
			name: 'value',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. XL', description: 'The value as customers see it' },
				// Not Quantity: a row sends every field, and 0 units is not "leave the stock alone".
				...valueFields.filter((field) => field.name !== 'quantity'),
			],
		},
	],
};

/** Values as Salla's `values[]`, in order. */
export function valuesBody(context: IExecuteSingleFunctions): IDataObject[] {
	const rows = toList((context.getNodeParameter('values', {}) as IDataObject | undefined)?.value);
	return rows.map((row, index) => valueBody(context, `Values (${index + 1})`, (row ?? {}) as IDataObject, true));
}
