import { defineResource } from '../../common/operation';
import { addCustomers } from './addCustomers.operation';
import { create } from './create.operation';
import { deleteGroup } from './delete.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';
import { updateDefault } from './updateDefault.operation';

/**
 * Customer Groups (`/customers/groups`). Salla has no "get one group" endpoint and no "remove a
 * customer from a group" endpoint, so neither operation exists.
 */
export const customerGroup = defineResource({
	value: 'customerGroup',
	name: 'Customer Group',
	defaultOperation: 'create',
	operations: [addCustomers, create, deleteGroup, getAll, update, updateDefault],
});
