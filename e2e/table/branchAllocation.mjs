// Branch Allocation (/branches/allocation): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, fixture, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

const { aramex: ARAMEX } = fixture('shippingCompany');
const RIYADH_BRANCH = 1937885067;
const JEDDAH_BRANCH = 876438899;
const RULE = {
	id: 1939592358,
	name: 'Riyadh orders',
	company_id: String(ARAMEX.id),
	priority: 1,
	rules: [{ type: 'total_quantity', operator: '>=', value: ['3'] }],
	action: { type: 'branch', branch_ids: [RIYADH_BRANCH, JEDDAH_BRANCH], single_branch_only: false },
};
const allocation_id = byId(RULE.id);
const SETTINGS = { strategy: 'priority', priorities: [{ branch_id: RIYADH_BRANCH, priority: 1 }, { branch_id: JEDDAH_BRANCH, priority: 2 }] };

export const operations = [
	{
		operation: 'create',
		parameters: {
			name: 'Riyadh orders',
			company_id: ARAMEX.id,
			priority: 1,
			action_type: 'branch',
			branch_ids: [RIYADH_BRANCH, JEDDAH_BRANCH],
			rules: { rule: [{ type: 'total_quantity', operator: '>=', value: '3' }] },
		},
		request: {
			method: 'POST',
			path: '/branches/allocation',
			body: {
				name: 'Riyadh orders',
				company_id: String(ARAMEX.id),
				priority: 1,
				rules: [{ type: 'total_quantity', operator: '>=', value: ['3'] }],
				action: { type: 'branch', branch_ids: [RIYADH_BRANCH, JEDDAH_BRANCH], single_branch_only: false },
			},
		},
		answer: ok(RULE, 201),
		output: [RULE],
	},
	{
		operation: 'delete',
		parameters: { allocation_id },
		request: { method: 'DELETE', path: `/branches/allocation/${RULE.id}` },
		answer: removed(),
		output: [{ id: RULE.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { allocation_id }, `/branches/allocation/${RULE.id}`, RULE),
	readsPage('getAll', { limit: 20 }, firstPage('/branches/allocation', {}, 20), [RULE]),
	{
		operation: 'update',
		parameters: {
			allocation_id,
			updateFields: { priority: 2, action_type: 'branches', strategy: 'most_stock', single_branch_only: true },
			rules: { rule: [{ type: 'destination_city', operator: 'in', value: '1939592358, 1592433390' }] },
		},
		request: {
			method: 'PUT',
			path: `/branches/allocation/${RULE.id}`,
			body: {
				priority: 2,
				rules: [{ type: 'destination_city', operator: 'in', value: ['1939592358', '1592433390'] }],
				action: { type: 'branches', strategy: 'most_stock', single_branch_only: true },
			},
		},
		answer: ok({ ...RULE, priority: 2 }),
		output: [{ ...RULE, priority: 2 }],
	},
	{
		operation: 'update',
		parameters: { allocation_id, updateFields: { name: 'Jeddah orders', action_type: 'branch', branch_ids: [JEDDAH_BRANCH] } },
		request: {
			method: 'PUT',
			path: `/branches/allocation/${RULE.id}`,
			body: { name: 'Jeddah orders', action: { type: 'branch', branch_ids: [JEDDAH_BRANCH], single_branch_only: false } },
		},
		answer: ok({ ...RULE, name: 'Jeddah orders' }),
		output: [{ ...RULE, name: 'Jeddah orders' }],
	},
	{
		operation: 'updateSettings',
		parameters: {
			strategy: 'priority',
			priorities: { branch: [{ branch_id: RIYADH_BRANCH, priority: 1 }, { branch_id: JEDDAH_BRANCH, priority: 2 }] },
		},
		request: { method: 'POST', path: '/branches/allocation/settings', body: SETTINGS },
		answer: ok(SETTINGS),
		output: [SETTINGS],
	},
];

export const pickers = [
	{
		method: 'searchBranchAllocations',
		parameters: { resource: 'branchAllocation', operation: 'get' },
		path: 'allocation_id',
		request: firstPage('/branches/allocation'),
		answer: page([RULE]),
		results: [{ name: 'Riyadh orders', value: String(RULE.id) }],
	},
	{
		method: 'getStoreScopes',
		parameters: { resource: 'branchAllocation', operation: 'updateSettings' },
		path: 'scope_id',
		request: firstPage('/scopes'),
		answer: page([{ id: 1473353380, name: 'Saudi Arabia market', countries: [{ id: 1473353380, code: 'SA' }], primary_currency: 'SAR' }]),
		results: [{ name: 'Saudi Arabia market', value: 1473353380 }],
	},
];
