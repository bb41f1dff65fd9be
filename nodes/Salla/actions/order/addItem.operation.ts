import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { requireNumber } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { productByIdOrSku, productKey } from '../product/shared';
import { buildItemDetails, itemDetails } from './items';
import { order } from './shared';

/**
 * POST /orders/items: a product added to an order, by product ID or SKU. Salla answers with the
 * order's items (`data` a list): one output item each.
 */

const { fields: productFields, product } = productByIdOrSku();

function buildItem(this: IExecuteSingleFunctions): SallaBody {
	const key = productKey(this, product);
	return {
		order_id: readRecordId(this, order),
		identifier_type: key.sku !== undefined ? 'sku' : 'id',
		identifier: key.sku ?? key.id,
		quantity: requireNumber(this, 'Quantity', this.getNodeParameter('quantity', ''), { min: 1, integer: true }),
		...buildItemDetails(this, 'itemFields'),
	};
}

export const addItem = defineOperation({
	value: 'addItem',
	name: 'Add Item',
	description: 'Add a product to an order, by product or SKU, with its quantity, options and branch',
	action: 'Add an item to an order',
	method: 'POST',
	path: '/orders/items',
	scope: 'orders.read_write',
	body: buildItem,
	postReceive: [unwrapData],
	fields: [
		order,
		...productFields,
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 1 },
			required: true,
			default: 1,
			description: 'How many units to add',
		},
		{
			displayName: 'Additional Fields',
			name: 'itemFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: itemDetails(true),
		},
	],
});
