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
 * Known limits: Salla opens these endpoints only to allowed applications (others get 403). Create's
 * page links a body schema that is missing: the node follows Update's schema and Create's example.
 * A condition's `value` is a list in the schema but a single text ("3") in the examples: the node
 * sends the schema's list (["3"]). `company_id` and `branch_ids` are text in the schema and examples,
 * and are sent as text. The Store Scope list (`GET /scopes`) needs products.read.
 */
export const branchAllocation = defineResource({
	value: 'branchAllocation',
	name: 'Branch Allocation',
	defaultOperation: getAll.value,
	operations: [create, deleteRule, get, getAll, update, updateSettings],
});
