/**
 * Branch Allocation → Get Many, Get, Create, Update, Delete and Update Settings: the exact requests
 * and outputs, and the rule checks made before anything is sent.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { answer, byId, expectNotSent } from '../helpers/fixtures';

const rule = {
	id: 1939592358,
	name: 'Big orders',
	company_id: 665151403,
	priority: 1,
	rules: [{ type: 'total_quantity', operator: '>=', value: '3' }],
	action: { type: 'branches', strategy: 'most_stock', branch_ids: [], single_branch_only: true },
};

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Branch Allocation → Create', () => {
	const create = (parameters: Record<string, unknown>) => ({
		resource: 'branchAllocation',
		operation: 'create',
		name: 'Big orders',
		company_id: 665151403,
		priority: 1,
		action_type: 'branches',
		strategy: 'most_stock',
		single_branch_only: true,
		rules: { rule: [{ type: 'total_quantity', operator: '>=', value: '3' }] },
		...parameters,
	});

	test('by strategy: Salla\'s body (company as text, condition values as a list), and the rule as output', async () => {
		salla('post', '/branches/allocation', 200, { status: 201, success: true, data: rule });
		const { items, error } = await runSalla(create({}));
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /admin/v2/branches/allocation']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({
			name: 'Big orders',
			company_id: '665151403',
			priority: 1,
			rules: [{ type: 'total_quantity', operator: '>=', value: ['3'] }],
			action: { type: 'branches', strategy: 'most_stock', single_branch_only: true },
		});
		expect(items).toEqual([{ json: rule, pairedItem: { item: 0 } }]);
	});

	test('to chosen branches, for some cities of one country', async () => {
		salla('post', '/branches/allocation', 200, answer(rule));
		await runSalla(
			create({
				action_type: 'branch',
				branch_ids: [1937885067, '876438899'],
				single_branch_only: false,
				rules: {
					rule: [
						{ type: 'destination_city', operator: 'in', value: '1473353380, 1939592358' },
						{ type: 'destination_country', operator: 'equals', value: '1473353380' },
					],
				},
			}),
		);
		expect(received[0].body).toEqual({
			name: 'Big orders',
			company_id: '665151403',
			priority: 1,
			rules: [
				{ type: 'destination_city', operator: 'in', value: ['1473353380', '1939592358'] },
				// Equals is saved as "equals" (n8n reads "=…" as an expression) and sent as Salla's "==".
				{ type: 'destination_country', operator: '==', value: ['1473353380'] },
			],
			action: { type: 'branch', branch_ids: [1937885067, 876438899], single_branch_only: false },
		});
	});

	test.each([
		['no name', { name: '={{ "" }}' }, 'Name is empty'],
		['no company', { company_id: '={{ "" }}' }, 'Shipping Company Name or ID is empty'],
		['chosen branches without branches', { action_type: 'branch', branch_ids: [] }, 'Branch Names or IDs is empty'],
		['a condition without a value', { rules: { rule: [{ type: 'skus', operator: 'in', value: ' ' }] } }, 'Condition 1: Value is empty'],
		['greater than on SKUs', { rules: { rule: [{ type: 'skus', operator: '>', value: 'A1' }] } }, 'Condition 1: > compares numbers'],
		['a quantity that is not a number', { rules: { rule: [{ type: 'total_quantity', operator: '>=', value: 'three' }] } }, 'Condition 1: Value: "three" is not a whole number of at least 0'],
		['an unknown strategy', { strategy: '={{ "nearest" }}' }, 'Strategy: "nearest" is not one of the choices'],
	])('%s: nothing is sent', async (_case, parameters, message) => expectNotSent(create(parameters), message));

	test('Salla\'s 403 (the app is not allowed these endpoints) is mapped', async () => {
		salla('post', '/branches/allocation', 403, { status: 403, success: false, error: { code: 'error', message: 'التطبيق لايدعم هذه الميزة' } });
		const { error } = await runSalla(create({}));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla refused this operation (403)');
	});
});

describe('Branch Allocation → Update, Get, Get Many, Delete', () => {
	const update = (parameters: Record<string, unknown>) => ({ resource: 'branchAllocation', operation: 'update', allocation_id: byId('1939592358'), ...parameters });

	test('Update sends only what is set', async () => {
		salla('put', '/branches/allocation/1939592358', 200, answer(rule));
		const { items } = await runSalla(update({ updateFields: { name: 'Bigger orders', priority: 2, action_type: 'branch', branch_ids: [1937885067] } }));
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['PUT /admin/v2/branches/allocation/1939592358']);
		expect(received[0].body).toEqual({ name: 'Bigger orders', priority: 2, action: { type: 'branch', branch_ids: [1937885067], single_branch_only: false } });
		expect(items).toEqual([{ json: rule, pairedItem: { item: 0 } }]);
	});

	test.each([
		['nothing to update', {}, 'Nothing to update'],
		['a strategy without Allocate To', { updateFields: { strategy: 'priority' } }, 'Allocate To is empty'],
	])('Update with %s: nothing is sent', async (_case, parameters, message) => expectNotSent(update(parameters), message));

	test('Get Many walks the pages; Get and Delete use the rule\'s ID', async () => {
		salla('get', '/branches/allocation?page=1&per_page=60', 200, { ...answer([rule]), pagination: { currentPage: 1, totalPages: 1 } });
		salla('get', '/branches/allocation/1939592358', 200, answer(rule));
		salla('delete', '/branches/allocation/1939592358', 200, answer({ message: 'تم الحذف بنجاح' }));
		const all = await runSalla({ resource: 'branchAllocation', operation: 'getAll', returnAll: true });
		const one = await runSalla({ resource: 'branchAllocation', operation: 'get', allocation_id: byId('1939592358') });
		const gone = await runSalla({ resource: 'branchAllocation', operation: 'delete', allocation_id: byId('1939592358') });
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /admin/v2/branches/allocation?page=1&per_page=60',
			'GET /admin/v2/branches/allocation/1939592358',
			'DELETE /admin/v2/branches/allocation/1939592358',
		]);
		expect(all.items).toEqual([{ json: rule, pairedItem: { item: 0 } }]);
		expect(one.items).toEqual([{ json: rule, pairedItem: { item: 0 } }]);
		expect(gone.items).toEqual([{ json: { id: 1939592358, deleted: true, message: 'تم الحذف بنجاح' }, pairedItem: { item: 0 } }]);
	});

	test('a rule that is not an ID sends nothing', async () => {
		const { error } = await runSalla({ resource: 'branchAllocation', operation: 'get', allocation_id: byId('={{ "big" }}') });
		expect(error?.message).toBe('Allocation Rule: "big" is not an allocation rule ID');
		expect(received).toEqual([]);
	});

	test('the rule picker lists rules by name', async () => {
		salla('get', '/branches/allocation?page=1&per_page=60', 200, answer([rule, { id: 2, name: 'Riyadh' }]));
		const { result } = await callMethod('listSearch', 'searchBranchAllocations', { resource: 'branchAllocation', operation: 'get' }, ['big']);
		expect(result).toEqual({ results: [{ name: 'Big orders', value: '1939592358', url: undefined }], paginationToken: undefined });
	});
});

describe('Branch Allocation → Update Settings', () => {
	const settings = (parameters: Record<string, unknown>) => ({ resource: 'branchAllocation', operation: 'updateSettings', ...parameters });

	test('the Priority strategy sends the branches in order, with the store scope', async () => {
		salla('post', '/branches/allocation/settings', 200, answer({ strategy: 'priority', scope_id: 1473353380 }));
		const { items, error } = await runSalla(
			settings({ strategy: 'priority', scope_id: 1473353380, priorities: { branch: [{ branch_id: 1937885067, priority: 2 }, { branch_id: '525010325', priority: 1 }] } }),
		);
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /admin/v2/branches/allocation/settings']);
		expect(received[0].body).toEqual({
			strategy: 'priority',
			scope_id: 1473353380,
			priorities: [
				{ branch_id: 1937885067, priority: 2 },
				{ branch_id: 525010325, priority: 1 },
			],
		});
		expect(items).toEqual([{ json: { strategy: 'priority', scope_id: 1473353380 }, pairedItem: { item: 0 } }]);
	});

	test('another strategy sends the strategy alone', async () => {
		salla('post', '/branches/allocation/settings', 200, answer({ strategy: 'most_stock' }));
		await runSalla(settings({ strategy: 'most_stock' }));
		expect(received[0].body).toEqual({ strategy: 'most_stock' });
	});

	test.each([
		['no priorities', { strategy: 'priority' }, 'Branch Priorities is empty'],
		['a gap in the priorities', { strategy: 'priority', priorities: { branch: [{ branch_id: 1, priority: 1 }, { branch_id: 2, priority: 3 }] } }, 'Branch Priorities: 1, 3 is not 1 to 2'],
		['a branch twice', { strategy: 'priority', priorities: { branch: [{ branch_id: 1, priority: 1 }, { branch_id: 1, priority: 2 }] } }, 'Branch Priority 2: the branch is listed twice'],
		['a scope that is not an ID', { strategy: 'most_stock', scope_id: 'KSA' }, 'Store Scope Name or ID: "KSA" is not an ID'],
	])('%s: nothing is sent', async (_case, parameters, message) => expectNotSent(settings(parameters), message));

	test('the store scope dropdown lists the store\'s markets', async () => {
		salla('get', '/scopes?page=1&per_page=60', 200, answer([{ id: 1473353380, name: 'Saudi Arabia' }]));
		const { result } = await callMethod('loadOptions', 'getStoreScopes', { resource: 'branchAllocation', operation: 'updateSettings' });
		expect(result).toEqual([{ name: 'Saudi Arabia', value: 1473353380 }]);
	});
});
