import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { getAll } from './getAll.operation';

/**
 * Product tags (`/products/tags`): products are tagged through Product Create and Update (Tags).
 *
 * Known limits: Salla documents no Get, Update or Delete of a tag. Create takes the name in the query
 * string (`tag_name`) and answers with a list. The list example spells its page block `pagenation`;
 * Get Many follows either spelling.
 */
export const productTag = defineResource({
	value: 'productTag',
	name: 'Product Tag',
	defaultOperation: getAll.value,
	operations: [create, getAll],
});
