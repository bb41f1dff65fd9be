import { defineResource } from '../../common/operation';
import { getAll } from './getAll.operation';

/**
 * Employees (`/users`, Salla's List Employees). Their picker (shared.ts) serves the operations that
 * assign orders to staff.
 *
 * Known limits: docs/resources/employee.md (its hand-written section).
 */
export const employee = defineResource({
	value: 'employee',
	name: 'Employee',
	defaultOperation: getAll.value,
	operations: [getAll],
});
