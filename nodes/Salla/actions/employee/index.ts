import { defineResource } from '../../common/operation';
import { getAll } from './getAll.operation';

/**
 * Employees (`/users`, Salla's List Employees). Their picker (shared.ts) serves the operations that
 * assign orders to staff.
 *
 * Known limits: the page names no scope and no query parameters; the node sends `page` and
 * `per_page` as on every list and stops when Salla's answer has no further page.
 */
export const employee = defineResource({
	value: 'employee',
	name: 'Employee',
	defaultOperation: getAll.value,
	operations: [getAll],
});
