import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

/** Branches and warehouses (`/branches`), read-only here. */
export const branch = defineResource({
	value: 'branch',
	name: 'Branch',
	defaultOperation: getAll.value,
	operations: [get, getAll],
});
