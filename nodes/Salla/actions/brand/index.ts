import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteBrand } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/** Product brands (`/brands`). */
export const brand = defineResource({
	value: 'brand',
	name: 'Brand',
	defaultOperation: getAll.value,
	operations: [create, deleteBrand, get, getAll, update],
});
