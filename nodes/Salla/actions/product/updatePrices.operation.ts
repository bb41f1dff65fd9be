import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, optionalDate, optionalMoney } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { priceField, productField, productLocator, readPrice } from './shared';

/**
 * POST /products/prices/bulkPrice `{products: [{id, price, cost_price, sale_price, sale_end}]}`.
 * Salla queues the change (201, a bare message), so each output item repeats what was sent for it.
 *
 * One request per input item, each with a one-element `products` array, for the reason Update Stock
 * gives: a declarative node builds each item's request on its own, and Salla's queued answer has no
 * per-product result that could be paired back to items. Salla's page documents products by `id`
 * only and a sale end date without a start: by SKU, use Update Price By SKU; for a start date,
 * Update (Sale Start Date).
 */
const product = productLocator();

function priceEntry(context: IExecuteSingleFunctions): IDataObject {
	const price = readPrice(context);
	const entry: IDataObject = { id: readRecordId(context, product), price };
	const extra = (context.getNodeParameter('additionalFields', {}) ?? {}) as IDataObject;
	const costPrice = optionalMoney(context, 'Cost Price', extra.cost_price);
	if (costPrice !== undefined) entry.cost_price = costPrice;
	const salePrice = optionalMoney(context, 'Sale Price', extra.sale_price);
	if (salePrice !== undefined) {
		if (salePrice >= price) {
			throw inputError(
				context,
				`Sale Price (${salePrice}) is not below Price (${price})`,
				'Give a Sale Price lower than the Price: it is the discounted price customers pay.',
			);
		}
		entry.sale_price = salePrice;
	}
	const saleEnd = optionalDate(context, 'Sale End Date', extra.sale_end);
	if (saleEnd) {
		if (entry.sale_price === undefined) {
			throw inputError(context, 'Sale End Date is set without a Sale Price', 'Add Sale Price, or remove Sale End Date.');
		}
		entry.sale_end = saleEnd;
	}
	return entry;
}

export const updatePrices = defineOperation({
	value: 'updatePrices',
	name: 'Update Prices',
	description: 'Change a product\'s price, cost and sale price through Salla\'s bulk prices queue',
	action: 'Update a product\'s prices',
	method: 'POST',
	path: '/products/prices/bulkPrice',
	scope: 'products.read_write',
	body() {
		return { products: [priceEntry(this)] };
	},
	postReceive: [describeOutcome((context) => ({ ...priceEntry(context), queued: true }))],
	fields: [
		product,
		priceField('The new price, in the store currency'),
		additionalFields([
			productField('cost_price'),
			productField('sale_end'),
			{ ...productField('sale_price'), description: 'The discounted price, in the store currency; lower than Price' },
		]),
	],
});
