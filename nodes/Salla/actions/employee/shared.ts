import { optionsFrom } from '../../common/search';

/**
 * The store's employees (`GET /users`, Salla's List Employees): the dropdown of every field that
 * assigns an order or a rule to a staff member.
 */

const employeeName = (employee: { name?: unknown; id?: unknown; role?: unknown }) =>
	`${String(employee.name ?? employee.id)}${employee.role === 'team' ? ' (team)' : ''}`;

export const employeeOptions = optionsFrom('getEmployees', {
	path: '/users',
	value: (employee) => employee.id as number,
	name: employeeName,
});
