import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteCategory } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/** Product categories (`/categories`), subcategories included. */
export const category = defineResource({
	value: 'category',
	name: 'Category',
	defaultOperation: getAll.value,
	operations: [create, deleteCategory, get, getAll, update],
});
