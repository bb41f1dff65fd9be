import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteBranch } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { setDefault } from './setDefault.operation';
import { update } from './update.operation';

/**
 * Branches and warehouses (`/branches`).
 *
 * Known limits: docs/resources/branch.md (its hand-written section).
 */
export const branch = defineResource({
	value: 'branch',
	name: 'Branch',
	defaultOperation: getAll.value,
	operations: [create, deleteBranch, get, getAll, setDefault, update],
});
