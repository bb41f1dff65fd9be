import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteValue } from './delete.operation';
import { get } from './get.operation';
import { update } from './update.operation';

/**
 * Values of product options (`/products/options/{option}`, `/products/options/values/{value}`).
 *
 * Known limits: docs/resources/productOptionValue.md (its hand-written section).
 */
export const productOptionValue = defineResource({
	value: 'productOptionValue',
	name: 'Product Option Value',
	defaultOperation: get.value,
	operations: [create, deleteValue, get, update],
});
