/**
 * The node description as built from nodes/Salla/actions: every operation through the door, display
 * options that point at real resources and operations, only documented Salla endpoints, pickers
 * that exist. Each check is also shown to catch a broken description.
 */
import type { IHttpRequestOptions, INode, INodeParameters, INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { resources } from '../../nodes/Salla/actions';
import { defineOperation, defineResource, resourceProperties, resourcesProperties } from '../../nodes/Salla/common/operation';
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
	// Version 1 stays (saved workflows run at it); 1.1 only changes Order → Get Many's Simplify default.
	expect(description.version).toEqual([1, 1.1]);
	expect(description.defaultVersion).toBe(1.1);
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

describe('twin fields (one property for the same field of several operations)', () => {
	/** A field as the panel shows it, without the resource and operation it is shown for, nor functions. */
	const shape = (field: INodeProperties) =>
		JSON.stringify({ ...field, displayOptions: { ...field.displayOptions, show: { ...field.displayOptions?.show, resource: undefined, operation: undefined } } }, (_key, value: unknown) =>
			typeof value === 'function' ? 'function' : value,
		);
	const shownFor = (properties: INodeProperties[], resource: string, operation: string) =>
		properties.filter(
			(property) =>
				property.name !== 'operation' &&
				(property.displayOptions?.show?.resource as string[] | undefined)?.includes(resource) &&
				(property.displayOptions?.show?.operation as string[] | undefined)?.includes(operation),
		);

	test('every operation shows exactly its own fields, in its own order', () => {
		const declared = (field: INodeProperties) => shape({ ...field, displayOptions: { ...field.displayOptions, show: { ...field.displayOptions?.show } } });
		for (const resource of resources) {
			for (const operation of resource.operations) {
				const shown = shownFor(description.properties, resource.value, operation.value).map(shape);
				expect({ at: `${resource.value} ${operation.value}`, fields: shown }).toEqual({
					at: `${resource.value} ${operation.value}`,
					fields: (operation.fields ?? []).map(declared),
				});
			}
		}
	});

	test('n8n resolves every operation\'s parameters exactly as it would without twins', () => {
		// the same node built resource by resource, each field in its own resource's section
		const apart: INodeTypeDescription = {
			...description,
			properties: [description.properties[0], ...resources.flatMap(resourceProperties), description.properties[description.properties.length - 1]],
		};
		const resolve = (desc: INodeTypeDescription, parameters: INodeParameters, defaults: boolean) => {
			const nodeWith: INode = { id: 'n', name: 'Salla', type: 'salla', typeVersion: 1, position: [0, 0], parameters };
			return NodeHelpers.getNodeParameters(desc.properties, parameters, defaults, false, nodeWith, desc);
		};
		let compared = 0;
		for (const resource of resources) {
			for (const operation of resource.operations) {
				const plain = { resource: resource.value, operation: operation.value };
				const filled = { ...plain, returnAll: false, limit: 7, name: '={{ $json.name }}', findBy: 'sku', sku: 'S-1', identifer_type: 'sku' };
				for (const parameters of [plain, filled]) {
					for (const defaults of [true, false]) {
						expect({ at: `${resource.value} ${operation.value}`, got: resolve(description, parameters, defaults) }).toEqual({
							at: `${resource.value} ${operation.value}`,
							got: resolve(apart, parameters, defaults),
						});
						compared++;
					}
				}
			}
		}
		expect(compared).toBe(4 * resources.reduce((sum, resource) => sum + resource.operations.length, 0));
		// and the Limit a Get Many run reads is the one given (it was lost when a shared field came before its dropdown)
		expect(resolve(description, { resource: 'brand', operation: 'getAll', returnAll: false, limit: 2 }, false)).toEqual({ resource: 'brand', limit: 2 });
	});

	test('the Name of a new record is one property for every resource that creates named records, so {{ $json.name }} is evaluated once per pass', () => {
		const names = description.properties.filter((property) => property.name === 'name');
		expect(names.map((property) => property.displayOptions?.show)).toEqual([
			{ resource: ['branch', 'branchAllocation', 'brand', 'category', 'customerGroup', 'dnsRecord', 'orderOption', 'orderStatus', 'product', 'productOption', 'productOptionTemplate', 'productOptionValue', 'shippingCompany', 'shippingRoute', 'specialOffer'], operation: ['create'] },
			{ resource: ['customerGroup'], operation: ['update'] },
			{ resource: ['specialOffer'], operation: ['update'] },
		]);
		// Every resource's Get Many shares one Return All; a resource's other lists (Get History, Get
		// Many Reviews...) may need their own, but twins keep them under half the list operations.
		const lists = resources.flatMap((resource) => resource.operations.filter((operation) => operation.list)).length;
		expect(description.properties.filter((property) => property.name === 'returnAll').length).toBeLessThan(lists / 2);
	});

	test('a twin that would change an operation\'s order of fields stays apart', () => {
		const x: INodeProperties = { displayName: 'X', name: 'x', type: 'string', default: '' };
		const y: INodeProperties = { displayName: 'Y', name: 'y', type: 'string', default: '' };
		const op = (value: string, fields: INodeProperties[]) =>
			defineOperation({ value, name: value, description: value, action: value, method: 'GET', path: '/brands', scope: 'brands.read', fields });
		const properties = resourcesProperties([
			defineResource({ value: 'brand', name: 'Brand', defaultOperation: 'a', operations: [op('a', [x, y]), op('b', [x])] }),
			defineResource({ value: 'category', name: 'Category', defaultOperation: 'a', operations: [op('a', [y, x]), op('c', [x])] }),
		]);
		// Category a shows Y before X, so its X cannot be Brand's (which comes before every Category field):
		// Category's X is a property of its own, after Y; Y itself is shared (first in both).
		expect(properties.filter((property) => property.name !== 'operation').map((property) => [property.name, property.displayOptions?.show])).toEqual([
			['x', { resource: ['brand'], operation: ['a', 'b'] }],
			['y', { resource: ['brand', 'category'], operation: ['a'] }],
			['x', { resource: ['category'], operation: ['a', 'c'] }],
		]);
	});
});
