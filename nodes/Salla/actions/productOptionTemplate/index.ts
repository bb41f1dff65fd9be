import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteTemplate } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Product option templates (`/products/options/templates`): reusable options such as Colour, with
 * their values.
 *
 * Known limits: docs/resources/productOptionTemplate.md (its hand-written section).
 */
export const productOptionTemplate = defineResource({
	value: 'productOptionTemplate',
	name: 'Product Option Template',
	defaultOperation: getAll.value,
	operations: [create, deleteTemplate, get, getAll, update],
});
