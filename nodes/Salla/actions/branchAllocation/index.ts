import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteRule } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';
import { updateSettings } from './updateSettings.operation';

/**
 * Branch Allocations (`/branches/allocation`): rules that decide which branch serves an order.
 *
 * Known limits: docs/resources/branchAllocation.md (its hand-written section).
 */
export const branchAllocation = defineResource({
	value: 'branchAllocation',
	name: 'Branch Allocation',
	defaultOperation: getAll.value,
	operations: [create, deleteRule, get, getAll, update, updateSettings],
});
