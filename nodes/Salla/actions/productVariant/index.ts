import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';
import { updateQuantity } from './updateQuantity.operation';

/**
 * Product Variants (`/products/variants`, `/products/{product}/variants`): one combination of a
 * product's options, with its own SKU, price and stock. Salla creates them from the product's options.
 */
export const productVariant = defineResource({
	value: 'productVariant',
	name: 'Product Variant',
	defaultOperation: 'get',
	operations: [get, getAll, update, updateQuantity],
});
