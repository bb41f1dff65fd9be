import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { requireNumber } from '../../../shared/validate';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { variantLocator } from './shared';

/**
 * PUT /products/quantities/variant/{variant} `{quantity}`. Salla says this endpoint will be
 * deprecated in favour of bulk quantities (Product → Update Stock, which also increases or
 * decreases); it is kept because it answers with the variant's details.
 */

function buildQuantity(this: IExecuteSingleFunctions): SallaBody {
	const quantity = requireNumber(this, 'Quantity', this.getNodeParameter('quantity', ''), { min: 0, integer: true });
	return { quantity };
}

export const updateQuantity = defineOperation({
	value: 'updateQuantity',
	name: 'Update Quantity',
	description: 'Set a variant\'s stock to a number (Salla plans to retire this; prefer Product → Update Stock)',
	action: 'Update a product variant\'s quantity',
	method: 'PUT',
	path: '/products/quantities/variant/{variant}',
	scope: 'products.read_write',
	body: buildQuantity,
	postReceive: [unwrapData],
	fields: [
		variantLocator(),
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 0 },
			required: true,
			default: 0,
			description: 'The variant\'s new stock, in units',
		},
	],
});
