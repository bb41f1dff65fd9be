import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { idList, inputError, oneOf, optionalText, requireId, requireNumber } from '../../../shared/validate';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { loadWith } from '../../common/search';
import { brandOptions } from '../brand/shared';
import { categoryOptions } from '../category/shared';
import { productTagOptions } from '../productTag/shared';
import { SALES_CHANNELS } from './listing';
import { productOptions } from './shared';

/**
 * POST /products/actions `{operations: [{action_name, value}], filters: {ids}}`: one of Salla's bulk
 * actions on the chosen products. Salla applies it at once to one product and queues it for several;
 * it answers with each operation's `{operation_id, action_name, status}`, one output item each.
 */

const ACTIONS = [
	{ name: 'Change Prices', value: 'pricing', description: 'Apply a price formula to price, sale price or cost' },
	{ name: 'Duplicate', value: 'duplicate', description: 'Copy the products' },
	{ name: 'Restore', value: 'restore', description: 'Bring deleted products back' },
	{ name: 'Set Categories, Brand or Tags', value: 'features' },
	{ name: 'Set Low-Stock Alert', value: 'notify-quantity', description: 'When to warn about low stock and notify waiting customers' },
	{ name: 'Set Sales Channels', value: 'sale-channels' },
];

const COLUMNS = [
	{ name: 'Price', value: 'price' },
	{ name: 'Sale Price', value: 'sale_price' },
	{ name: 'Cost Price', value: 'cost_price' },
];

const APPLY_ON = [
	{ name: 'Products', value: 'product' },
	{ name: 'Products and Variants', value: 'product_and_variants' },
	{ name: 'Variants', value: 'variants' },
];

const show = (action: string[]) => ({ show: { action_name: action } });

const actionFields: INodeProperties[] = [
	{ displayName: 'Column', name: 'column', type: 'options', options: COLUMNS, default: 'price', description: 'Which price the formula changes', displayOptions: show(['pricing']) },
	{
		displayName: 'Formula',
		name: 'formula',
		type: 'string',
		default: 'price - (price * amount / 100)',
		description: 'Salla\'s formula for the new value, using the column\'s name and amount; the default lowers it by Amount percent',
		displayOptions: show(['pricing']),
	},
	{ displayName: 'Amount', name: 'amount', type: 'number', typeOptions: { minValue: 0 }, default: 10, description: 'The amount the formula uses', displayOptions: show(['pricing']) },
	{ displayName: 'Apply On', name: 'apply_on', type: 'options', options: APPLY_ON, default: 'product', description: 'Whether the formula changes products, their variants, or both', displayOptions: show(['pricing']) },
	{
		displayName: 'Sales Channels',
		name: 'channels',
		type: 'multiOptions',
		options: [...SALES_CHANNELS],
		default: [],
		description: 'Where the products are sold',
		displayOptions: show(['sale-channels']),
	},
	{
		displayName: 'Settings',
		name: 'features',
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		displayOptions: show(['features']),
		options: [
			{ displayName: 'Brand Name or ID', name: 'brand_id', type: 'options', typeOptions: loadWith(brandOptions), default: '', description:
					'The products\' brand. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{ displayName: 'Category Names or IDs', name: 'categories', type: 'multiOptions', typeOptions: loadWith(categoryOptions), default: [], description:
					'The products\' categories. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{ displayName: 'Tag Names or IDs', name: 'tags', type: 'multiOptions', typeOptions: loadWith(productTagOptions), default: [], description:
					'The products\' tags. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
	{ displayName: 'Alert Below Quantity', name: 'notify_quantity', type: 'number', typeOptions: { minValue: 0 }, default: 5, description: 'Warn when stock falls to this many units', displayOptions: show(['notify-quantity']) },
	{
		displayName: 'Notify Customers From Quantity',
		name: 'minimum_notify_quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 10,
		description: 'Tell customers waiting for the product once stock is back to this many units',
		displayOptions: show(['notify-quantity']),
	},
	{
		displayName: 'Subscribers Percentage',
		name: 'subscribers_percentage',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 100 },
		default: 5,
		description: 'The share of waiting customers notified at a time, in percent',
		displayOptions: show(['notify-quantity']),
	},
];

function actionValue(context: IExecuteSingleFunctions, action: string): IDataObject | undefined {
	const read = (name: string, fallback: unknown = '') => context.getNodeParameter(name, fallback) as unknown;
	switch (action) {
		case 'pricing': {
			const formula = optionalText(context, 'Formula', read('formula'));
			if (!formula) throw inputError(context, 'Formula is empty', 'Give Salla\'s formula, such as price - (price * amount / 100).');
			return {
				column: oneOf(context, 'Column', read('column', 'price'), COLUMNS),
				formula,
				amount: requireNumber(context, 'Amount', read('amount'), { min: 0 }),
				apply_on: oneOf(context, 'Apply On', read('apply_on', 'product'), APPLY_ON),
			};
		}
		case 'sale-channels': {
			const list = ([] as unknown[]).concat(read('channels', []) as unknown[]).map((channel) => oneOf(context, 'Sales Channels', channel, [...SALES_CHANNELS]));
			if (!list.length) throw inputError(context, 'Sales Channels is empty', 'Choose Website, App, or both.');
			return { channels: [...new Set(list)] };
		}
		case 'features': {
			const settings = (read('features', {}) ?? {}) as IDataObject;
			const value: IDataObject = {};
			const categories = idList(context, 'Category Names or IDs', settings.categories, '537348185');
			if (categories.length) value.categories = categories;
			if (settings.brand_id !== undefined && settings.brand_id !== '') value.brand_id = requireId(context, 'Brand Name or ID', settings.brand_id, '959852531');
			const tags = idList(context, 'Tag Names or IDs', settings.tags, '1982584825');
			if (tags.length) value.tags = tags;
			if (!Object.keys(value).length) throw inputError(context, 'Settings is empty', 'Add categories, a brand or tags to set on the products.');
			return value;
		}
		case 'notify-quantity':
			return {
				notify_quantity: requireNumber(context, 'Alert Below Quantity', read('notify_quantity'), { min: 0, integer: true }),
				minimum_notify_quantity: requireNumber(context, 'Notify Customers From Quantity', read('minimum_notify_quantity'), { min: 0, integer: true }),
				subscribers_percentage: requireNumber(context, 'Subscribers Percentage', read('subscribers_percentage'), { min: 0, max: 100 }),
			};
		default:
			return undefined;
	}
}

function buildAction(this: IExecuteSingleFunctions): SallaBody {
	const ids = idList(this, 'Product Names or IDs', this.getNodeParameter('ids', []), '1661028235');
	if (!ids.length) throw inputError(this, 'Product Names or IDs is empty', 'Choose at least one product to act on.');
	const action = oneOf(this, 'Action', this.getNodeParameter('action_name', ''), ACTIONS);
	const value = actionValue(this, action);
	const operation: IDataObject = { action_name: action, ...(value ? { value } : {}) };
	return { operations: [operation], filters: { ids } };
}

export const bulkAction = defineOperation({
	value: 'bulkAction',
	name: 'Bulk Action',
	description: 'Duplicate, restore, reprice or recategorise several products at once',
	action: 'Run a bulk action on products',
	method: 'POST',
	path: '/products/actions',
	scope: 'products.read_write',
	body: buildAction,
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Product Names or IDs',
			name: 'ids',
			type: 'multiOptions',
			typeOptions: loadWith(productOptions),
			default: [],
			description:
				'The products to act on. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{ displayName: 'Action', name: 'action_name', type: 'options', options: ACTIONS, default: 'pricing', description: 'What to do to the products' },
		...actionFields,
	],
});
