// Order Assignment Rule (/orders/assignment/rules): each operation once inside n8n; row format:
// e2e/operations.e2e.test.mjs.
import { byId, firstPage, ok, page } from '../../harness/salla-answers.mjs';

const RULE = { id: 219372983, user_id: 2897329, rules: [{ entity: 'status', value: '7646469' }] };
const TEAM = { id: 219372984, user_id: 3125825677, rules: [{ entity: 'branch', value: '21654322' }] };

export const operations = [
	{
		operation: 'create',
		parameters: { user_id: 2897329, rules: { rule: [{ entity: 'status', status: 7646469 }] } },
		request: { method: 'POST', path: '/orders/assignment/rules', body: { user_id: 2897329, rules: [{ entity: 'status', value: '7646469' }] } },
		answer: ok(RULE, 201),
		output: [RULE],
	},
	{
		operation: 'getAll',
		parameters: { returnAll: true },
		request: firstPage('/orders/assignment/rules'),
		// Salla's example answers without pagination
		answer: ok([RULE, TEAM]),
		output: [RULE, TEAM],
	},
	{
		operation: 'update',
		parameters: { rule_id: byId(RULE.id), rules: { rule: [{ entity: 'country', country: 'sa' }, { entity: 'city', city: '2097610897' }] } },
		request: {
			method: 'PUT',
			path: `/orders/assignment/rules/${RULE.id}`,
			body: [
				{ entity: 'country', value: 'SA' },
				{ entity: 'city', value: '2097610897' },
			],
		},
		answer: ok({ ...RULE, rules: [{ entity: 'country', value: 'SA' }, { entity: 'city', value: '2097610897' }] }),
		output: [{ ...RULE, rules: [{ entity: 'country', value: 'SA' }, { entity: 'city', value: '2097610897' }] }],
	},
];

export const pickers = [
	{
		method: 'searchAssignmentRules',
		parameters: { resource: 'orderAssignmentRule', operation: 'update' },
		path: 'rule_id',
		filter: '',
		request: firstPage('/orders/assignment/rules'),
		answer: page([RULE, TEAM]),
		results: [
			{ name: `Rule ${RULE.id} · employee 2897329 · status`, value: String(RULE.id) },
			{ name: `Rule ${TEAM.id} · employee 3125825677 · branch`, value: String(TEAM.id) },
		],
	},
	{
		// the store's employees (GET /users): the Employee field here, and Order's Assigned Employees
		method: 'getEmployees',
		parameters: { resource: 'orderAssignmentRule', operation: 'create' },
		path: 'user_id',
		request: firstPage('/users'),
		answer: page([
			{ id: 2897329, name: 'Ahmed Mohammed', role: 'user' },
			{ id: 3125825677, name: 'Packing', role: 'team' },
		]),
		results: [
			{ name: 'Ahmed Mohammed', value: 2897329 },
			{ name: 'Packing (team)', value: 3125825677 },
		],
	},
];
