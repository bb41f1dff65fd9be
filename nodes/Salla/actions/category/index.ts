import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteCategory } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getChildren } from './getChildren.operation';
import { getProducts } from './getProducts.operation';
import { search } from './search.operation';
import { update } from './update.operation';

/**
 * Product categories (`/categories`), subcategories included.
 *
 * Known limits: docs/resources/category.md (its hand-written section).
 */
export const category = defineResource({
	value: 'category',
	name: 'Category',
	defaultOperation: getAll.value,
	operations: [create, deleteCategory, get, getAll, getChildren, getProducts, search, update],
});
