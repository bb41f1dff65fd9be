import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { inputError, toList, toNumber } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { optionsFrom, searchList } from '../../common/search';
import { paymentMethodsField } from '../../common/storeLists';

/**
 * What several Customer Group operations share: the group picker, and the conditions and features
 * Create and Update send in the same shape. Salla's words in names (`conditions`, `symbol`,
 * `min_value`, `payment_method`); a merchant's words in the UI ("Total sales", "Between").
 */

/** The store's customer groups, for dropdowns of group IDs. */
export const customerGroupOptions = optionsFrom('getCustomerGroups', { path: '/customers/groups', value: (group) => group.id as number });

export const group = recordLocator({
	name: 'group',
	displayName: 'Customer Group',
	noun: 'customer group',
	shortNoun: 'group',
	example: '1394760126',
	// Salla's group list takes no search term: filtered here on the name or the exact ID.
	search: searchList('searchCustomerGroups', { path: '/customers/groups' }),
});

export const CONDITION_TYPES = [
	{ name: 'Total Sales', value: 'total_sales', description: 'The customer\'s total purchases, in the store currency' },
	{ name: 'Total Orders', value: 'total_orders', description: 'How many orders the customer has placed' },
	{ name: 'Store Rating', value: 'store_rating', description: 'The rating the customer gave the store' },
	{
		name: 'Doesn\'t Have Orders',
		value: 'doesnt_have_orders',
		description: 'Customers who have never ordered. Leave Operator and Value as they are (Greater Than, 0).',
	},
];

const SYMBOLS = [
	{ name: 'Greater Than', value: '>' },
	{ name: 'Less Than', value: '<' },
	{ name: 'Between', value: 'between' },
];

const SYMBOL_LABELS: Record<string, string> = { '>': 'Greater than', '<': 'Less than', between: 'Between' };

function conditionNumber(
	context: IExecuteSingleFunctions,
	label: string,
	field: string,
	raw: unknown,
): number | undefined {
	const value = toNumber(raw);
	if (Number.isNaN(value)) {
		throw inputError(
			context,
			`${label}: ${field} must be a number, not "${String(raw)}"`,
			'Use digits only, for example 1000 or 4.5.',
		);
	}
	return value;
}

/** One UI condition row as Salla's `{type, symbol, value}` or `{type, symbol, min_value, max_value}`. */
function toCondition(context: IExecuteSingleFunctions, row: IDataObject, position: number): IDataObject {
	const label = `Condition ${position}`;
	const type = row.type;
	if (!CONDITION_TYPES.some((option) => option.value === type)) {
		throw inputError(
			context,
			`${label}: unknown Type "${String(type)}"`,
			`Type must be one of: ${CONDITION_TYPES.map((option) => `${option.value} (${option.name})`).join(', ')}.`,
		);
	}
	const symbol = row.symbol;
	if (!SYMBOLS.some((option) => option.value === symbol)) {
		throw inputError(
			context,
			`${label}: unknown Operator "${String(symbol)}"`,
			'Operator must be one of: > (Greater than), < (Less than), between (Between).',
		);
	}

	if (symbol === 'between') {
		const min = conditionNumber(context, label, 'Min Value', row.min_value);
		const max = conditionNumber(context, label, 'Max Value', row.max_value);
		if (min === undefined || max === undefined) {
			throw inputError(
				context,
				`${label}: Min Value and Max Value are both required when Operator is Between`,
				'Set both ends of the range, for example Min Value 100 and Max Value 500.',
			);
		}
		if (min > max) {
			throw inputError(
				context,
				`${label}: Min Value (${min}) is greater than Max Value (${max})`,
				'Swap the two values so that Min Value is the lower end of the range.',
			);
		}
		return { type, symbol, min_value: min, max_value: max };
	}

	const value = conditionNumber(context, label, 'Value', row.value);
	if (value === undefined) {
		throw inputError(
			context,
			`${label}: Value is required when Operator is ${SYMBOL_LABELS[symbol as string]}`,
			'Set the number to compare with, for example 1000.',
		);
	}
	return { type, symbol, value };
}

async function sendConditions(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const rows = this.getNodeParameter('conditions.condition', []) as IDataObject[] | IDataObject;
	const list = Array.isArray(rows) ? rows : [rows];
	if (list.length) {
		(requestOptions.body as IDataObject).conditions = list.map((row, index) =>
			toCondition(this, row ?? {}, index + 1),
		);
	}
	return requestOptions;
}

function slugList(context: IExecuteSingleFunctions, field: string, raw: unknown): string[] {
	return toList(raw).map((entry) => {
		if (typeof entry !== 'string') {
			throw inputError(
				context,
				`${field}: "${JSON.stringify(entry)}" is not a valid value`,
				'Use Salla\'s slugs as text, for example "mada" or "credit_card", as a list or separated by commas.',
			);
		}
		return entry;
	});
}

/** Salla's `features` from the Features field, or undefined when the user set none. */
export function buildFeatures(context: IExecuteSingleFunctions): IDataObject | undefined {
	const features = context.getNodeParameter('features', {}) as IDataObject;
	const body: IDataObject = {};
	const paymentMethods = slugList(context, 'Payment Methods', features.payment_method);
	if (paymentMethods.length) body.payment_method = paymentMethods;
	const shipping = slugList(context, 'Shipping', features.shipping);
	if (shipping.length) body.shipping = shipping;
	return Object.keys(body).length ? body : undefined;
}

async function sendFeatures(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const features = buildFeatures(this);
	// Salla marks `features` deprecated yet still honours it: send it only when the user set something.
	if (features) (requestOptions.body as IDataObject).features = features;
	return requestOptions;
}

/**
 * One condition's fields, in the order a merchant reads them: "Total sales · Greater than · 1000".
 * Kept out of line because n8n's alphabetical-order lint rule would scramble that sentence into
 * "Max Value, Min Value, Operator, Type, Value" (n8n-nodes-starter turns the rule off for this reason).
 */
const conditionValues: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: CONDITION_TYPES,
		default: 'total_sales',
		description: 'What Salla measures for each customer',
	},
	{
		displayName: 'Operator',
		name: 'symbol',
		type: 'options',
		options: SYMBOLS,
		default: '>',
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'number',
		default: 0,
		description: 'The number to compare with, for example 1000 for sales above 1,000',
		displayOptions: { hide: { symbol: ['between'] } },
	},
	{
		displayName: 'Min Value',
		name: 'min_value',
		type: 'number',
		default: 0,
		description: 'The lower end of the range',
		displayOptions: { show: { symbol: ['between'] } },
	},
	{
		displayName: 'Max Value',
		name: 'max_value',
		type: 'number',
		default: 0,
		description: 'The upper end of the range',
		displayOptions: { show: { symbol: ['between'] } },
	},
];

export const conditions: INodeProperties = {
	displayName: 'Conditions',
	name: 'conditions',
	type: 'fixedCollection',
	placeholder: 'Add Condition',
	typeOptions: { multipleValues: true },
	default: {},
	description:
		'Salla adds customers who meet every condition to the group automatically, for example Total sales greater than 1000',
	routing: { send: { preSend: [sendConditions] } },
	options: [
		{
			displayName: 'Condition',
			name: 'condition',
			values: conditionValues,
		},
	],
};

export const features: INodeProperties = {
	displayName: 'Features',
	name: 'features',
	type: 'collection',
	placeholder: 'Add Feature',
	default: {},
	description: 'What the group\'s customers may use at checkout',
	routing: { send: { preSend: [sendFeatures] } },
	options: [
		paymentMethodsField('Payment methods the group may use, as Salla slugs such as mada or cod'),
		{
			displayName: 'Shipping',
			name: 'shipping',
			type: 'options',
			options: [{ name: 'All', value: 'all', description: 'Every shipping option of the store' }],
			default: 'all',
			description:
				'Shipping options the group may use. Salla documents only All; use an expression for other values.',
		},
	],
};
