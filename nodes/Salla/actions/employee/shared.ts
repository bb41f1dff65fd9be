import { optionsFrom, searchList } from '../../common/search';

/**
 * The store's employees (`GET /users`, Salla's List Employees): the picker and dropdown of every
 * field that assigns an order or a rule to a staff member. The list takes no search term, so the
 * search filters each page on the name or the exact ID.
 */

const employeeName = (employee: { name?: unknown; id?: unknown; role?: unknown }) =>
	`${String(employee.name ?? employee.id)}${employee.role === 'team' ? ' (team)' : ''}`;

export const employeeSearch = searchList('searchEmployees', { path: '/users', name: employeeName });

export const employeeOptions = optionsFrom('getEmployees', {
	path: '/users',
	value: (employee) => employee.id as number,
	name: employeeName,
});
