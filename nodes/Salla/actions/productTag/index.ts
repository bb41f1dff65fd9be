import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { getAll } from './getAll.operation';

/**
 * Product tags (`/products/tags`): products are tagged through Product Create and Update (Tags).
 *
 * Known limits: docs/resources/productTag.md (its hand-written section).
 */
export const productTag = defineResource({
	value: 'productTag',
	name: 'Product Tag',
	defaultOperation: getAll.value,
	operations: [create, getAll],
});
