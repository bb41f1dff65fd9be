/**
 * Issue 24's rule: a choice made by expression must not make the workflow unrunnable. n8n refuses to
 * run a workflow whose `required` field is empty wherever the panel would show it, and it decides
 * "shown" from the other fields' values as saved, so a field shown for one choice of another field
 * (Payment Status → Paid) must not be `required`: when that choice comes from an expression, n8n
 * cannot tell and refuses every item. Such fields are checked by the node, per item, with an error
 * that names them.
 */
import type { INodeProperties } from 'n8n-workflow';

import { Salla } from '../../nodes/Salla/Salla.node';
import { walk } from '../helpers/description';

const { description } = new Salla();

const ROUTING_KEYS = new Set(['resource', 'operation']);

/** Required fields whose display depends on another field than Resource and Operation. */
export function requiredByChoiceProblems(properties: INodeProperties[]): string[] {
	const problems: string[] = [];
	for (const [path, property] of walk(properties)) {
		if (property.required !== true) continue;
		const keys = (['show', 'hide'] as const).flatMap((kind) => Object.keys(property.displayOptions?.[kind] ?? {}));
		const choices = keys.filter((key) => !ROUTING_KEYS.has(key));
		if (choices.length) problems.push(`${path} (${property.displayName}) is required but shown only for ${choices.join(', ')}`);
	}
	return problems;
}

describe('a field shown for one choice of another field is not required', () => {
	test('no such field in the whole node', () => {
		expect(requiredByChoiceProblems(description.properties)).toEqual([]);
	});

	test('such a field is caught, also inside a collection', () => {
		const broken: INodeProperties[] = [
			{
				displayName: 'Method',
				name: 'method',
				type: 'string',
				required: true,
				default: '',
				displayOptions: { show: { resource: ['order'], operation: ['create'], status: ['paid'] } },
			},
			{
				displayName: 'Extra',
				name: 'extra',
				type: 'collection',
				default: {},
				options: [
					{ displayName: 'Bank', name: 'bank', type: 'string', required: true, default: '', displayOptions: { hide: { kind: ['cod'] } } },
					{ displayName: 'Note', name: 'note', type: 'string', required: true, default: '' },
				],
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				required: true,
				default: '',
				displayOptions: { show: { resource: ['brand'], operation: ['create'] } },
			},
		];
		expect(requiredByChoiceProblems(broken)).toEqual([
			'method (Method) is required but shown only for status',
			'extra.bank (Bank) is required but shown only for kind',
		]);
	});
});
