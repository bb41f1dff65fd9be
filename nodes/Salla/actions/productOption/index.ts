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
 * Known limits: Salla has no list of a product's options; the Option picker reads them from the
 * chosen product's details. Create's page schema requires `type` while its example omits it; the node
 * requires it. The condition option and value IDs are strings in the schema and numbers in the
 * examples; the node sends numbers. Salla documents Order Time and Not Same Day Order for Date options
 * only and does not say what it does with them on other types.
 */
export const productOption = defineResource({
	value: 'productOption',
	name: 'Product Option',
	defaultOperation: get.value,
	operations: [create, deleteOption, get, update],
});
