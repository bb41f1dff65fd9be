/**
 * The example workflows in examples/ import into n8n as they are: every node type exists in its
 * version, every Salla parameter is one the node's description has for that resource and operation
 * (nested options included), dropdown values are among the choices, trigger events are events the
 * trigger knows, and every connection joins nodes of the workflow. (Importing them into a running n8n
 * is the e2e suites' job.)
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Salla } from '../../nodes/Salla/Salla.node';
import { SallaTrigger } from '../../nodes/SallaTrigger/SallaTrigger.node';
import { eventOptions } from '../../nodes/SallaTrigger/events';
import { contractOf } from '../helpers/contract';
import { fieldsOf } from '../helpers/docsPages';

interface ExampleNode {
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, unknown>;
}
interface Example {
	name: string;
	nodes: ExampleNode[];
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
}

const folder = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(folder)
	.filter((file) => file.endsWith('.json'))
	.map((file) => [file, JSON.parse(readFileSync(join(folder, file), 'utf8')) as Example] as const);
const salla = new Salla().description;
const trigger = new SallaTrigger().description;
const contract = contractOf(salla, trigger);
// n8n's own nodes the examples use, in the versions n8n 2.30 and 2.41 have.
const N8N_NODES: Record<string, number[]> = {
	'n8n-nodes-base.manualTrigger': [1],
	'n8n-nodes-base.noOp': [1],
	'n8n-nodes-base.removeDuplicates': [1, 1.1, 2],
	'n8n-nodes-base.if': [1, 2, 2.1, 2.2],
};

const isExpression = (value: unknown) => typeof value === 'string' && value.startsWith('=');

/** The saved names a parameter value holds: `name`, `collection.option`, `fixedCollection.group.field`. */
function savedNames(name: string, value: unknown, property: INodeProperties | undefined): string[] {
	if (!property || !value || typeof value !== 'object' || Array.isArray(value) || '__rl' in value) return [name];
	if (property.type === 'collection') return [name, ...Object.keys(value).map((key) => `${name}.${key}`)];
	if (property.type === 'fixedCollection') {
		return [
			name,
			...Object.entries(value as Record<string, unknown>).flatMap(([group, entries]) =>
				[entries].flat().flatMap((entry) => Object.keys(entry as object).map((key) => `${name}.${group}.${key}`)),
			),
		];
	}
	return [name];
}

/** Values of a dropdown with fixed choices that are not among them. */
function badChoices(property: INodeProperties | undefined, value: unknown): unknown[] {
	if (!property || (property.type !== 'options' && property.type !== 'multiOptions')) return [];
	if (property.typeOptions?.loadOptionsMethod || isExpression(value)) return [];
	const allowed = ((property.options ?? []) as INodePropertyOptions[]).map((option) => option.value);
	return [value].flat().filter((entry) => !allowed.includes(entry as string));
}

describe.each(examples)('%s', (_file, example) => {
	test('every node type exists, in a version n8n has', () => {
		for (const node of example.nodes) {
			if (node.type === 'n8n-nodes-salla-merchant.salla') expect([node.name, [salla.version].flat()]).toEqual([node.name, expect.arrayContaining([node.typeVersion])]);
			else if (node.type === 'n8n-nodes-salla-merchant.sallaTrigger') expect([node.name, node.typeVersion]).toEqual([node.name, trigger.version]);
			else expect([node.name, N8N_NODES[node.type]]).toEqual([node.name, expect.arrayContaining([node.typeVersion])]);
		}
	});

	test('every Salla parameter is one the node has for its resource and operation, with a valid choice', () => {
		for (const node of example.nodes.filter((candidate) => candidate.type === 'n8n-nodes-salla-merchant.salla')) {
			const { resource, operation, ...rest } = node.parameters as { resource: string; operation: string };
			expect([node.name, Object.keys(contract.resources)]).toEqual([node.name, expect.arrayContaining([resource])]);
			const known = contract.resources[resource].operations[operation];
			expect([node.name, operation, known]).toEqual([node.name, operation, expect.any(Array)]);
			const fields = [...fieldsOf(salla, resource, operation), ...salla.properties.filter((property) => !property.displayOptions)];
			for (const [name, value] of Object.entries(rest)) {
				const property = fields.find((field) => field.name === name);
				for (const saved of savedNames(name, value, property)) {
					expect(`${node.name}: ${saved}`).toBe(`${node.name}: ${[...known, ...contract.node].includes(saved) ? saved : `(not a parameter of ${resource} → ${operation})`}`);
				}
				expect([node.name, name, badChoices(property, value)]).toEqual([node.name, name, []]);
			}
			expect(Object.keys(node.credentials ?? {})).toEqual(['sallaOAuth2Api']);
		}
	});

	test('every Salla Trigger parameter and event exists', () => {
		const events = eventOptions().map((option) => option.value);
		for (const node of example.nodes.filter((candidate) => candidate.type === 'n8n-nodes-salla-merchant.sallaTrigger')) {
			for (const [name, value] of Object.entries(node.parameters)) {
				const property = trigger.properties.find((field) => field.name === name);
				for (const saved of savedNames(name, value, property)) expect(contract.trigger).toContain(saved);
				expect([name, badChoices(property, value)]).toEqual([name, []]);
			}
			expect(events).toEqual(expect.arrayContaining(node.parameters.events as string[]));
			expect(Object.keys(node.credentials ?? {})).toEqual(['sallaOAuth2Api']);
		}
	});

	test('every connection joins two nodes of the workflow', () => {
		const names = example.nodes.map((node) => node.name);
		for (const [from, outputs] of Object.entries(example.connections)) {
			expect(names).toContain(from);
			for (const target of outputs.main.flat()) expect(names).toContain(target.node);
		}
	});
});

test('the check catches a parameter the node does not have and a choice it does not offer', () => {
	const fields = fieldsOf(salla, 'customerGroup', 'create');
	const conditions = fields.find((field) => field.name === 'conditions');
	expect(savedNames('conditions', { condition: [{ type: 'total_sales', sign: '>' }] }, conditions)).toContain('conditions.condition.sign');
	expect(contract.resources.customerGroup.operations.create).not.toContain('conditions.condition.sign');
	const securityStrategy = trigger.properties.find((field) => field.name === 'securityStrategy');
	expect(badChoices(securityStrategy, 'hmac')).toEqual(['hmac']);
});
