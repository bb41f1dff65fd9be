import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { oneOf, requireId, requireNumber, requireText } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { variantLocator } from '../productVariant/shared';
import { productLocator, skuField } from './shared';
import { loadWith, optionsFrom } from '../../common/search';
import { branchDropdown } from '../branch/shared';

/** Salla's reasons for a change of stock, for Update Stock's Reason. */
const quantityChangeReasonOptions = optionsFrom('getQuantityChangeReasons', {
	path: '/products/quantities/quantity-change-reason',
	value: (reason) => reason.id as number,
});

/**
 * POST /products/quantities/bulk: Salla's recommended way to change stock. Its field names are
 * spelled `identifer_type` / `identifer` (sic) in Salla's docs and API, so they are sent that way.
 *
 * One request per input item, each with a one-element `products` array. Salla takes many products
 * in one request, but a declarative n8n node builds and sends each item's request on its own; joining
 * items would need every item's request to wait for the others, with no safe way to know when the
 * last one has arrived or to give each item its own error. Salla answers "queued" (201) without
 * per-product results, so each item's output repeats what was sent for it.
 */

const IDENTIFY_BY = [
	{ name: 'Product ID', value: 'id', description: 'A product without options' },
	{ name: 'Variant ID', value: 'variant_id', description: 'One variant of a product with options' },
	{ name: 'SKU', value: 'sku', description: 'The SKU of a product or of a variant' },
] as const;

const MODES = [
	{ name: 'Increase', value: 'increment', description: 'Add the quantity to the current stock' },
	{ name: 'Decrease', value: 'decrement', description: 'Take the quantity off the current stock' },
	{ name: 'Set', value: 'overwrite', description: 'Replace the current stock with the quantity' },
] as const;

const product = productLocator({ show: { identifer_type: ['id'] } });
const variant = variantLocator({ show: { identifer_type: ['variant_id'] } });

/** The one `products[]` entry of this item, every rule checked. */
function stockEntry(context: IExecuteSingleFunctions): IDataObject {
	const type = oneOf(context, 'Identify By', context.getNodeParameter('identifer_type', 'id'), IDENTIFY_BY);
	const identifer =
		type === 'id'
			? readRecordId(context, product)
			: type === 'variant_id'
				? readRecordId(context, variant)
				: requireText(context, 'SKU', context.getNodeParameter('sku', ''), 'Give the SKU of the product or variant, such as 23-4324432.');
	const entry: IDataObject = {
		identifer_type: type,
		identifer,
		quantity: requireNumber(context, 'Quantity', context.getNodeParameter('quantity', ''), { min: 0, integer: true }),
		mode: oneOf(context, 'Mode', context.getNodeParameter('mode', 'increment'), MODES),
	};
	const extra = (context.getNodeParameter('additionalFields', {}) ?? {}) as IDataObject;
	if (typeof extra.unlimited_quantity === 'boolean') entry.unlimited_quantity = extra.unlimited_quantity;
	if (extra.branch !== undefined && extra.branch !== '') entry.branch = requireId(context, 'Branch', extra.branch, '1473353380');
	if (extra.reason_id !== undefined && extra.reason_id !== '') {
		entry.reason_id = requireId(context, 'Reason', extra.reason_id, '1939592358');
	}
	return entry;
}

export const updateStock = defineOperation({
	value: 'updateStock',
	name: 'Update Stock',
	description: 'Increase, decrease or set the stock of a product or variant, found by ID or SKU',
	action: 'Update a product\'s stock',
	method: 'POST',
	path: '/products/quantities/bulk',
	scope: 'products.read_write',
	body() {
		return { products: [stockEntry(this)] };
	},
	postReceive: [describeOutcome((context) => ({ ...stockEntry(context), queued: true }))],
	fields: [
		{
			displayName: 'Identify By',
			name: 'identifer_type',
			type: 'options',
			options: [...IDENTIFY_BY],
			default: 'id',
			description: 'How to find the product or variant whose stock changes',
		},
		product,
		variant,
		skuField('The SKU of the product or variant, exactly as set in the store', { show: { identifer_type: ['sku'] } }),
		{
			displayName: 'Mode',
			name: 'mode',
			type: 'options',
			options: [...MODES],
			default: 'increment',
			description:
				'How the quantity changes the stock. Salla recommends Increase or Decrease when several systems update stock, so that changes made at the same time do not overwrite each other.',
		},
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 0 },
			required: true,
			default: 1,
			description: 'How many units to add, take off, or set, depending on Mode',
		},
		additionalFields([
			branchDropdown('branch', 'The branch whose stock changes (stores that keep stock per branch)'),
			{
				displayName: 'Reason Name or ID',
				name: 'reason_id',
				type: 'options',
				typeOptions: loadWith(quantityChangeReasonOptions),
				default: '',
				description:
					'Why the stock changes, as shown in the stock history. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Unlimited Quantity',
				name: 'unlimited_quantity',
				type: 'boolean',
				default: false,
				description: 'Whether the product or variant never runs out',
			},
		]),
	],
});
