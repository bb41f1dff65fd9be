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
 * Known limits: Get Many lists top-level categories with their subcategories nested in
 * `sub_categories`; Search answers a flat list at any depth. Salla's pages show 15 or 20 records a
 * page for Get Products, Get Subcategories and Search; the node asks for 60 and follows the pages
 * Salla reports.
 */
export const category = defineResource({
	value: 'category',
	name: 'Category',
	defaultOperation: getAll.value,
	operations: [create, deleteCategory, get, getAll, getChildren, getProducts, search, update],
});
