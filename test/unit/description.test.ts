/**
 * The node description as built from nodes/Salla/actions: every operation through the door, display
 * options that point at real resources and operations, only documented Salla endpoints, pickers
 * that exist. Each check is also shown to catch a broken description.
 */
import type { IHttpRequestOptions, INodeTypeDescription } from 'n8n-workflow';

import { resources } from '../../nodes/Salla/actions';
import { defineOperation, defineResource, resourceProperties } from '../../nodes/Salla/common/operation';
import { Salla } from '../../nodes/Salla/Salla.node';
import { displayOptionProblems, doorProblems, endpointProblems, isDocumented, methodProblems } from '../helpers/description';

const node = new Salla();
const { description } = node;

const withProperties = (extra: INodeTypeDescription['properties']): INodeTypeDescription => ({
	...description,
	properties: [...description.properties, ...extra],
});

describe('every operation goes through the door', () => {
	test('the built description has no bypass', () => {
		expect(doorProblems(description)).toEqual([]);
	});

	test('an operation without send.paginate is caught', () => {
		const broken = resourceProperties(
			defineResource({
				value: 'customerGroup',
				name: 'x',
				defaultOperation: 'getAll',
				operations: [defineOperation({ value: 'getAll', name: 'Get Many', description: '', action: '', method: 'GET', path: '/customers/groups', scope: 'customers.read' })],
			}),
		);
		const options = broken[0].options as unknown as Array<{ routing: { send: Record<string, unknown> } }>;
		options[0].routing.send.paginate = false;
		expect(doorProblems(withProperties(broken))).toEqual(['customerGroup → getAll: send.paginate is not true, so the door is bypassed']);
	});

	test('a field that switches pagination off or brings its own is caught', () => {
		const problems = doorProblems(
			withProperties([
				{ displayName: 'X', name: 'x', type: 'string', default: '', routing: { send: { paginate: false } } },
				{
					displayName: 'Y',
					name: 'y',
					type: 'collection',
					default: {},
					options: [{ displayName: 'Z', name: 'z', type: 'string', default: '', routing: { operations: { pagination: { type: 'offset', properties: {} } } } as never }],
				},
			]),
		);
		expect(problems).toEqual([
			'field x: routing.send.paginate may switch the door off',
			'field y.z: routing.operations overrides the door',
		]);
	});

	test('a field preSend that is not guarded by the run gate is caught', async () => {
		const unguarded = async (options: IHttpRequestOptions) => options;
		const problems = doorProblems(
			withProperties([{ displayName: 'X', name: 'x', type: 'string', default: '', routing: { send: { preSend: [unguarded] } } }]),
		);
		expect(problems).toEqual(['field x: a preSend is not guarded, so its failure would not stop the run']);
	});
});

describe('display options', () => {
	test('name only resources and operations that exist', () => {
		expect(displayOptionProblems(description)).toEqual([]);
	});

	test('a misspelt resource or operation is caught', () => {
		const problems = displayOptionProblems(
			withProperties([
				{ displayName: 'A', name: 'a', type: 'string', default: '', displayOptions: { show: { resource: ['customerGroups'] } } },
				{ displayName: 'B', name: 'b', type: 'string', default: '', displayOptions: { show: { resource: ['customerGroup'], operation: ['get'] } } },
			]),
		);
		expect(problems).toEqual([
			'a: show.resource names "customerGroups", which does not exist',
			'b: show.operation names "get", which customerGroup does not have',
		]);
	});
});

describe('documented endpoints only', () => {
	test('every operation calls a documented Salla endpoint and fills every placeholder', () => {
		expect(endpointProblems(resources)).toEqual([]);
	});

	test('an undocumented path is caught (a peer package\'s PUT /orders/{id}/cancel)', () => {
		expect(isDocumented('PUT', '/orders/{order}/cancel')).toBe(false);
		expect(isDocumented('POST', '/orders/{order}/status')).toBe(true);
		const problems = endpointProblems([
			defineResource({
				value: 'order',
				name: 'Order',
				defaultOperation: 'cancel',
				operations: [defineOperation({ value: 'cancel', name: 'Cancel', description: '', action: '', method: 'PUT', path: '/orders/{order}/cancel', scope: 'orders.read_write' })],
			}),
		]);
		expect(problems).toEqual([
			'order → cancel: PUT /orders/{order}/cancel is not in reference/documented-endpoints.json',
			'order → cancel: no field fills {order}',
		]);
	});
});

describe('pickers', () => {
	test('every list search and dropdown names a method the node has', () => {
		expect(methodProblems(description, node.methods)).toEqual([]);
	});

	test('a missing method is caught', () => {
		const problems = methodProblems(
			withProperties([{ displayName: 'C', name: 'c', type: 'options', default: '', typeOptions: { loadOptionsMethod: 'getNothing' } }]),
			node.methods,
		);
		expect(problems).toEqual(['c: no loadOptions method getNothing']);
	});
});

test('saved workflows keep working: the node type, resource and Customer Group defaults are unchanged', () => {
	expect(description.name).toBe('salla');
	expect(description.version).toBe(1);
	const resource = description.properties.find((property) => property.name === 'resource');
	expect(resource?.default).toBe('customerGroup');
	const operation = description.properties.find(
		(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.[0] === 'customerGroup',
	);
	expect(operation?.default).toBe('create');
	expect((operation?.options as Array<{ value: string }>).map((option) => option.value)).toEqual([
		'addCustomers',
		'create',
		'delete',
		'getAll',
		'update',
		'updateDefault',
	]);
});
