import type { IDataObject, IExecuteSingleFunctions, ILoadOptionsFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { inputError, locatorId, optionalId, optionalMoney, optionalNumber, optionalText, toId, toList } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { listOptions, optionsPicker, searchList } from '../../common/search';
import { branchDropdown } from '../branch/shared';
import { WEIGHT_UNITS } from '../../common/vocabulary';
import { order } from './shared';

/**
 * What Add Item and Update Item share (Salla's Order Items, `/orders/items`): the item picker, which
 * lists the items of the order chosen above it, and the item's details (quantity, price, branch,
 * weight, options).
 */

/** The order chosen in the panel's Order field, if any (another operation's panel may have none). */
function chosenOrderId(context: ILoadOptionsFunctions): number | undefined {
	try {
		return toId(locatorId(context.getCurrentNodeParameter('order', { extractValue: true })));
	} catch {
		return undefined;
	}
}

/** How the lists show an item: its name, SKU and quantity. */
const itemName = (item: IDataObject) => `${String(item.name ?? item.id)}${item.sku ? ` (${String(item.sku)})` : ''} × ${String(item.quantity ?? '?')}`;

/** The order's items (`GET /orders/items?order_id=`), filtered here on the name, the SKU or the ID. */
export const orderItemSearch = searchList('searchOrderItems', {
	path: '/orders/items',
	qs: (context) => {
		const orderId = chosenOrderId(context);
		return orderId === undefined ? undefined : { order_id: orderId };
	},
	name: itemName,
});

/** The order whose items the Item list shows; Salla does not need it to change or delete an item. */
export const itemsOrder: INodeProperties = {
	...order,
	required: false,
	description: 'The order whose items the Item list shows (not needed when you give the item\'s ID)',
};

export const orderItem = recordLocator({
	name: 'item_id',
	displayName: 'Item',
	noun: 'order item',
	shortNoun: 'item',
	example: '3155923424',
	search: orderItemSearch,
	description: 'The order item (one product line of the order): pick it from the order\'s items, or give its ID',
});

const branchField: INodeProperties = branchDropdown('branch_id', 'The branch whose stock the item is taken from');

const optionsField: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Option',
	default: {},
	description: 'The product options chosen for the item, such as size or colour (required for products with advanced options)',
	options: [
		{
			displayName: 'Option',
			name: 'option',
			values: [
				{
					displayName: 'Option ID',
					name: 'id',
					type: 'string',
					default: '',
					placeholder: 'e.g. 789012',
					description: 'The product option\'s ID (Product → Get lists its options)',
				},
				{
					displayName: 'Values',
					name: 'value',
					type: 'string',
					default: '',
					placeholder: 'e.g. XL, Blue',
					description: 'The chosen values, separated by commas',
				},
			],
		},
	],
};

/** The details both operations may send, as options of their collection. */
export function itemDetails(forAdd: boolean): INodeProperties[] {
	return [
		branchField,
		...(forAdd
			? [
					{
						displayName: 'Cost Price',
						name: 'cost_price',
						type: 'number',
						typeOptions: { minValue: 0, numberPrecision: 2 },
						default: 0,
						description: 'What the item costs the store, in the store currency',
					} as INodeProperties,
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'e.g. Custom Product Name',
						description: 'The item\'s name on the order, when it differs from the product\'s',
					} as INodeProperties,
				]
			: []),
		optionsField,
		{
			displayName: 'Price',
			name: 'price',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'The unit price on this order, in the store currency',
		},
		...(forAdd
			? []
			: [
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 1,
						description: 'The new number of units',
					} as INodeProperties,
				]),
		{
			displayName: 'Weight',
			name: 'weight',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 3 },
			default: 0,
			description: 'The weight of one unit, in the weight unit',
		},
		{
			displayName: 'Weight Unit',
			name: 'weight_type',
			type: 'options',
			options: [...WEIGHT_UNITS],
			default: 'kg',
		},
	];
}

/** Salla's item fields from the collection `collection`, each checked; labels as the panel shows them. */
export function buildItemDetails(context: IExecuteSingleFunctions, collection: string): IDataObject {
	const values = (context.getNodeParameter(collection, {}) ?? {}) as IDataObject;
	const body: IDataObject = {};
	const has = (key: string) => values[key] !== undefined && values[key] !== '';
	if (has('quantity')) body.quantity = optionalNumber(context, 'Quantity', values.quantity, { min: 1, integer: true });
	if (has('price')) body.price = optionalMoney(context, 'Price', values.price);
	if (has('cost_price')) body.cost_price = optionalMoney(context, 'Cost Price', values.cost_price);
	if (has('branch_id')) body.branch_id = optionalId(context, 'Branch', values.branch_id, '1846327032');
	const name = optionalText(context, 'Name', values.name);
	if (name) body.name = name;
	if (has('weight')) body.weight = optionalNumber(context, 'Weight', values.weight, { min: 0 });
	if (has('weight_type')) {
		const unit = WEIGHT_UNITS.find((candidate) => candidate.value === values.weight_type);
		if (!unit) {
			throw inputError(
				context,
				`Weight Unit: "${String(values.weight_type)}" is not one of the choices`,
				`Weight Unit must be one of: ${WEIGHT_UNITS.map((candidate) => candidate.value).join(', ')}.`,
			);
		}
		body.weight_type = unit.value;
	}
	const options = ((values.options as IDataObject | undefined)?.option ?? []) as IDataObject[];
	if (options.length) {
		body.options = options.map((option, index) => {
			const label = `Options: Option ${index + 1}`;
			const id = optionalId(context, `${label}: Option ID`, option.id, '789012');
			if (id === undefined) throw inputError(context, `${label}: Option ID is empty`, 'Give the product option\'s ID, such as 789012.');
			const chosen = toList(option.value).map(String);
			if (!chosen.length) throw inputError(context, `${label}: Values is empty`, 'Give the chosen values, separated by commas, such as XL.');
			return { id, value: chosen };
		});
	}
	return body;
}

/** The items of the order chosen in the Order field, as a dropdown (Relocate Stock's items). */
export const orderItemOptions = optionsPicker('getOrderItems', async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const orderId = chosenOrderId(this);
	if (orderId === undefined) return [];
	return await listOptions({ path: '/orders/items', qs: { order_id: orderId }, value: (item) => item.id as number, name: itemName }).call(this);
});
