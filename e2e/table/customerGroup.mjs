// Customer Group (/customers/groups): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, ok, page, readsPage, removed } from '../../harness/salla-answers.mjs';

const VIP = { id: 1001, name: 'VIP customers' };

export const operations = [
	{
		operation: 'addCustomers',
		parameters: { group: byId(VIP.id), customers: ['447121768', '447121769'] },
		request: { method: 'POST', path: '/customers/groups/add_customers', body: { group_id: VIP.id, customers: [447121768, 447121769] } },
		answer: ok({ message: 'Customers added', code: 200 }),
		output: [{ group_id: VIP.id, customers: [447121768, 447121769], added: true, message: 'Customers added' }],
	},
	{
		operation: 'create',
		parameters: { name: 'VIP customers', conditions: { condition: [{ type: 'total_sales', symbol: '>', value: 1000 }] }, features: { payment_method: ['mada'] } },
		request: {
			method: 'POST',
			path: '/customers/groups',
			body: { name: 'VIP customers', conditions: [{ type: 'total_sales', symbol: '>', value: 1000 }], features: { payment_method: ['mada'] } },
		},
		answer: ok(VIP, 201),
		output: [VIP],
	},
	{
		operation: 'delete',
		parameters: { group: byId(VIP.id) },
		request: { method: 'DELETE', path: `/customers/groups/${VIP.id}` },
		answer: removed(),
		output: [{ id: VIP.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsPage('getAll', { limit: 1 }, firstPage('/customers/groups', {}, 1), [VIP]),
	{
		operation: 'update',
		parameters: { group: byId(VIP.id), name: 'VIP' },
		request: { method: 'PUT', path: `/customers/groups/${VIP.id}`, body: { name: 'VIP' } },
		answer: ok({ ...VIP, name: 'VIP' }),
		output: [{ ...VIP, name: 'VIP' }],
	},
	{
		operation: 'updateDefault',
		parameters: { features: { payment_method: ['mada', 'cod'], shipping: 'all' } },
		request: { method: 'POST', path: '/customers/groups/default', body: { features: { payment_method: ['mada', 'cod'], shipping: ['all'] } } },
		answer: ok({ id: 1, name: 'Default group' }),
		output: [{ id: 1, name: 'Default group' }],
	},
];

export const pickers = [
	{
		method: 'searchCustomerGroups',
		parameters: { resource: 'customerGroup', operation: 'delete' },
		path: 'group',
		filter: 'vip',
		request: firstPage('/customers/groups'),
		answer: page([VIP, { id: 1002, name: 'Wholesale' }]),
		results: [{ name: 'VIP customers', value: String(VIP.id) }],
	},
	{
		method: 'getCustomerGroups',
		parameters: { resource: 'customer', operation: 'create', additionalFields: {} },
		path: 'additionalFields.groups',
		request: firstPage('/customers/groups'),
		answer: page([VIP]),
		results: [{ name: 'VIP customers', value: VIP.id }],
	},
	{
		method: 'getPaymentMethods',
		parameters: { resource: 'customerGroup', operation: 'create', features: {} },
		path: 'features.payment_method',
		request: firstPage('/payment/methods'),
		answer: ok([{ id: 'mada', name: 'Mada', slug: 'mada' }]),
		results: [{ name: 'Mada', value: 'mada', description: 'Slug: mada' }],
	},
];
