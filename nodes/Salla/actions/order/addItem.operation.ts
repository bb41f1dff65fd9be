import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { requireNumber } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { productByIdOrSku, productKey } from '../product/shared';
import { buildItemDetails, itemDetails } from './items';
import { order } from './shared';

/**
 * POST /orders/items: a product added to an order, by product ID or SKU. Salla answers with the
 * order's items (`data` a list): one output item each.
 */

const { fields: productFields, product } = productByIdOrSku();

async function sendItem(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const key = productKey(this, product);
	requestOptions.body = {
		order_id: readRecordId(this, order),
		identifier_type: key.sku !== undefined ? 'sku' : 'id',
		identifier: key.sku ?? key.id,
		quantity: requireNumber(this, 'Quantity', this.getNodeParameter('quantity', ''), { min: 1, integer: true }),
		...buildItemDetails(this, 'itemFields'),
	};
	return requestOptions;
}

export const addItem = defineOperation({
	value: 'addItem',
	name: 'Add Item',
	description: 'Add a product to an order, by product or SKU, with its quantity, options and branch',
	action: 'Add an item to an order',
	method: 'POST',
	path: '/orders/items',
	scope: 'orders.read_write',
	preSend: [sendItem],
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
