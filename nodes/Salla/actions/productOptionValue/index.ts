import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteValue } from './delete.operation';
import { get } from './get.operation';
import { update } from './update.operation';

/**
 * Values of product options (`/products/options/{option}`, `/products/options/values/{value}`).
 *
 * Known limits: Salla has no list of values; the Value picker reads them from the chosen option's
 * details, and the Option picker from the chosen product's. Create answers with the whole option
 * (values and variants), not the new value alone. Create's page schema lists `display_value` as
 * `image|color` while its text and example take the shown value itself (a colour, an image ID): the
 * node sends the text given.
 */
export const productOptionValue = defineResource({
	value: 'productOptionValue',
	name: 'Product Option Value',
	defaultOperation: get.value,
	operations: [create, deleteValue, get, update],
});
