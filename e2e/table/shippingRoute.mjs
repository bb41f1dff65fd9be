// Shipping Route (/shipping/routes): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, fixture, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

const { aramex: ARAMEX, smsa: SMSA } = fixture('shippingCompany');
const ROUTE = {
	id: 1670414609,
	name: 'Riyadh express',
	type: 'normal',
	status: 1,
	priority: 1,
	companies: [{ id: ARAMEX.id, priority: 1 }],
	strategy: { type: 'manual' },
};
const route_id = byId(ROUTE.id);
const DEFAULT_ROUTE = { id: 1, name: 'Default route', type: 'default', status: true, companies: [{ id: ARAMEX.id }, { id: SMSA.id }], strategy: { type: 'lowest_price' } };

export const operations = [
	{
		operation: 'create',
		parameters: {
			name: 'Riyadh express',
			type: 'normal',
			priority: 1,
			companies: { company: [{ id: ARAMEX.id, priority: 1 }] },
			strategy_type: 'manual',
			condition_match: 'all',
			conditions: { condition: [{ type: 'cart_total', operator: '>=', value: 200 }] },
		},
		request: {
			method: 'POST',
			path: '/shipping/routes',
			body: {
				name: 'Riyadh express',
				type: 'normal',
				status: 1,
				priority: 1,
				companies: [{ id: ARAMEX.id, priority: 1 }],
				condition_match: 'all',
				conditions: [{ type: 'cart_total', operator: '>=', value: 200 }],
				strategy: { type: 'manual' },
			},
		},
		answer: ok(ROUTE, 201),
		output: [ROUTE],
	},
	{
		operation: 'delete',
		parameters: { route_id },
		request: { method: 'DELETE', path: `/shipping/routes/${ROUTE.id}` },
		answer: removed(),
		output: [{ id: ROUTE.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { route_id }, `/shipping/routes/${ROUTE.id}`, ROUTE),
	readsPage('getAll', { limit: 10, filters: { name: 'Riyadh express' } }, firstPage('/shipping/routes', { name: 'Riyadh express' }, 10), [ROUTE]),
	{
		operation: 'update',
		parameters: { route_id, updateFields: { active: false } },
		request: { method: 'PATCH', path: `/shipping/routes/${ROUTE.id}`, body: { status: 0 } },
		answer: ok({ ...ROUTE, status: 0 }),
		output: [{ ...ROUTE, status: 0 }],
	},
	{
		operation: 'updateDefault',
		parameters: {
			defaultRouteFields: { active: true, strategy_type: 'lowest_price' },
			companies: { company: [{ id: ARAMEX.id }, { id: SMSA.id }] },
		},
		request: {
			method: 'PATCH',
			path: '/shipping/routes/default',
			body: { status: true, companies: [{ id: ARAMEX.id }, { id: SMSA.id }], strategy: { type: 'lowest_price' } },
		},
		answer: ok(DEFAULT_ROUTE),
		output: [DEFAULT_ROUTE],
	},
];

export const pickers = [
	{
		method: 'searchShippingRoutes',
		parameters: { resource: 'shippingRoute', operation: 'get' },
		path: 'route_id',
		filter: 'riyadh',
		request: firstPage('/shipping/routes'),
		answer: page([ROUTE, { ...ROUTE, id: 2, name: 'Jeddah same day' }]),
		results: [{ name: 'Riyadh express', value: String(ROUTE.id) }],
	},
];
