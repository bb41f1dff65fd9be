import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteTax } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Tax rates (`/taxes`).
 *
 * Known limits: docs/resources/tax.md (its hand-written section).
 */
export const tax = defineResource({
	value: 'tax',
	name: 'Tax',
	defaultOperation: getAll.value,
	operations: [create, deleteTax, get, getAll, update],
});
