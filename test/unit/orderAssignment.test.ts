/**
 * Order → Get Assigned Employees, and Order Assignment Rule → Get Many, Create, Update: the exact
 * request, the output, the checks made before sending, the pickers.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value });
const paths = () => received.map(({ method, path }) => `${method} ${path}`);
const conditions = [
	{ entity: 'city', value: '2097610897' },
	{ entity: 'country', value: 'SA' },
	{ entity: 'status', value: '7646469' },
	{ entity: 'branch', value: '566146469' },
];
const rule = { id: 219372983, user_id: 461258256, rules: conditions };
const conditionValues = {
	rule: [
		{ entity: 'city', city: ' 2097610897 ' },
		{ entity: 'country', country: 'sa' },
		{ entity: 'status', status: 7646469 },
		{ entity: 'branch', branch: '566146469' },
	],
};

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Order → Get Assigned Employees', () => {
	test('GET /orders/assignment/{order}, one item per employee', async () => {
		const employee = { id: 525144736, name: 'Ahmed Mohammed', avatar: 'http://www.gravatar.com/avatar/d41d8' };
		salla('get', '/orders/assignment/1275404514', 200, { status: 200, success: true, data: [employee] });
		const { items } = await runSalla({ resource: 'order', operation: 'getAssignees', order: byId(1275404514) });
		expect(paths()).toEqual(['GET /admin/v2/orders/assignment/1275404514']);
		expect(items).toEqual([{ json: employee, pairedItem: { item: 0 } }]);
	});
});

describe('Order Assignment Rule → Get Many', () => {
	test('GET /orders/assignment/rules, one item per rule', async () => {
		salla('get', '/orders/assignment/rules?page=1&per_page=60', 200, { status: 200, success: true, data: [rule] });
		const { items } = await runSalla({ resource: 'orderAssignmentRule', operation: 'getAll', returnAll: true });
		expect(paths()).toEqual(['GET /admin/v2/orders/assignment/rules?page=1&per_page=60']);
		expect(items).toEqual([{ json: rule, pairedItem: { item: 0 } }]);
	});

	test('the rule picker says whose rule it is and what it looks at', async () => {
		salla('get', '/orders/assignment/rules?page=1&per_page=60', 200, { status: 200, success: true, data: [rule] });
		const { result } = await callMethod('listSearch', 'searchAssignmentRules', { resource: 'orderAssignmentRule', operation: 'update' });
		expect(result).toEqual({
			results: [{ name: 'Rule 219372983 · employee 461258256 · city, country, status, branch', value: '219372983' }],
			paginationToken: undefined,
		});
	});
});

describe('Order Assignment Rule → Create', () => {
	const create = (parameters: Record<string, unknown> = {}) => ({
		resource: 'orderAssignmentRule',
		operation: 'create',
		user_id: 2897329,
		rules: conditionValues,
		...parameters,
	});

	test('POST /orders/assignment/rules with the employee and every condition as text', async () => {
		salla('post', '/orders/assignment/rules', 201, { status: 201, success: true, data: { ...rule, user_id: 2897329 } });
		const { items } = await runSalla(create());
		expect(paths()).toEqual(['POST /admin/v2/orders/assignment/rules']);
		expect(received[0].body).toEqual({ user_id: 2897329, rules: conditions });
		expect(items).toEqual([{ json: { ...rule, user_id: 2897329 }, pairedItem: { item: 0 } }]);
	});

	test.each([
		[{ user_id: '={{ "" }}' }, 'Employee is empty'],
		[{ rules: {} }, 'Conditions is empty'],
		[{ rules: { rule: [{ entity: 'zone', zone: 1 }] } }, 'Conditions: Condition 1: Applies To: "zone" is not one of the choices'],
		[{ rules: { rule: [{ entity: 'country', country: 'Saudi' }] } }, 'Conditions: Condition 1: Country Code: "Saudi" is not a two-letter country code'],
		[{ rules: { rule: [{ entity: 'status', status: 1 }, { entity: 'branch', branch: '' }] } }, 'Conditions: Condition 2: Branch is empty'],
		[{ rules: { rule: [{ entity: 'city', city: 'Jeddah' }] } }, 'Conditions: Condition 1: City ID: "Jeddah" is not an ID'],
	])('%j is refused before sending', async (parameters, message) => {
		const { error } = await runSalla(create(parameters));
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 becomes a NodeApiError', async () => {
		salla('post', '/orders/assignment/rules', 422, {
			status: 422,
			success: false,
			error: { code: 'error', message: 'alert.invalid_fields', fields: { user_id: ['الموظف غير موجود'] } },
		});
		const { error } = await runSalla(create());
		expect(error?.message).toBe('Salla rejected the data (422): user_id: الموظف غير موجود');
	});
});

describe('Order Assignment Rule → Update', () => {
	test('PUT /orders/assignment/rules/{rule} with the conditions as the body', async () => {
		salla('put', '/orders/assignment/rules/219372983', 200, { status: 200, success: true, data: rule });
		const { items } = await runSalla({ resource: 'orderAssignmentRule', operation: 'update', rule_id: byId(219372983), rules: conditionValues });
		expect(paths()).toEqual(['PUT /admin/v2/orders/assignment/rules/219372983']);
		expect(received[0].body).toEqual(conditions);
		expect(items).toEqual([{ json: rule, pairedItem: { item: 0 } }]);
	});

	test('an empty rule is refused before sending', async () => {
		const { error } = await runSalla({ resource: 'orderAssignmentRule', operation: 'update', rule_id: byId('={{ "" }}'), rules: conditionValues });
		expect(error?.message).toBe('Rule is empty');
		expect(received).toEqual([]);
	});
});
