import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteOption } from './delete.operation';
import { get } from './get.operation';
import { update } from './update.operation';

/**
 * Product options (`/products/{product}/options`, `/products/options/{option}`): the choices a
 * customer makes, such as Size or Colour. For a product of type Product, Salla makes a variant of each
 * value; Product Variant operations reach them.
 *
 * Known limits: docs/resources/productOption.md (its hand-written section).
 */
export const productOption = defineResource({
	value: 'productOption',
	name: 'Product Option',
	defaultOperation: get.value,
	operations: [create, deleteOption, get, update],
});
