/**
 * examples/trigger-dedupe.json (the README's "retries and duplicates" example): the Salla Trigger's
 * parameters are the node's own, and the Remove Duplicates parameters are checked against n8n's real
 * node description (n8n-nodes-base of the n8n the e2e suite installs in tools/n8n; skipped when it
 * is not installed: the e2e suite then runs this very workflow in n8n, see e2e/trigger.e2e.test.mjs).
 */
import { createHmac } from 'crypto';
import { existsSync } from 'fs';
import { join } from 'path';

import type { INodeParameters, INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import example from '../../examples/trigger-dedupe.json';
import { KNOWN_EVENTS } from '../../nodes/SallaTrigger/events';
import { SallaTrigger } from '../../nodes/SallaTrigger/SallaTrigger.node';
import { TriggerHarness } from '../helpers/trigger';

const NODES_BASE = join(__dirname, '..', '..', 'tools', 'n8n', 'node_modules', 'n8n-nodes-base', 'dist', 'nodes');
const REMOVE_DUPLICATES = join(NODES_BASE, 'Transform', 'RemoveDuplicates', 'RemoveDuplicates.node.js');
const installed = existsSync(REMOVE_DUPLICATES);

const nodeOf = (type: string) => {
	const node = example.nodes.find((candidate) => candidate.type === type);
	if (!node) throw new Error(`no ${type} node in the example`);
	return node;
};

/**
 * Every parameter set in `values` is a property of `properties` that n8n shows for these values, and
 * every options value is one the property offers. Returns what is wrong, as readable lines.
 */
function invalidParameters(
	properties: INodeProperties[],
	values: INodeParameters,
	description: INodeTypeDescription,
	root: INodeParameters = values,
	path = '',
): string[] {
	const problems: string[] = [];
	for (const [name, value] of Object.entries(values)) {
		const candidates = properties.filter((property) => property.name === name);
		const shown = candidates.filter((property) =>
			NodeHelpers.displayParameter(values, property, { typeVersion: 2 }, description, root),
		);
		if (shown.length === 0) {
			problems.push(`${path}${name}: ${candidates.length ? 'not shown for these values' : 'no such parameter'}`);
			continue;
		}
		const property = shown[0];
		if (property.type === 'options' && typeof value === 'string' && !value.startsWith('=')) {
			const allowed = (property.options ?? []).map((option) => (option as { value: unknown }).value);
			if (!allowed.includes(value)) problems.push(`${path}${name}: "${value}" is not one of ${allowed.join(', ')}`);
		}
		if (property.type === 'collection' && value && typeof value === 'object') {
			problems.push(
				...invalidParameters(
					(property.options ?? []) as INodeProperties[],
					value as INodeParameters,
					description,
					root,
					`${path}${name}.`,
				),
			);
		}
		if (property.type === 'number' && typeof value !== 'number' && !String(value).startsWith('=')) {
			problems.push(`${path}${name}: not a number`);
		}
	}
	return problems;
}

describe('examples/trigger-dedupe.json', () => {
	test('the Salla Trigger takes only its own parameters and documented events', () => {
		const trigger = nodeOf('n8n-nodes-salla-merchant.sallaTrigger');
		const description = new SallaTrigger().description;
		expect(trigger.typeVersion).toBe(description.version);
		expect(invalidParameters(description.properties, trigger.parameters as INodeParameters, description)).toEqual([]);
		for (const event of trigger.parameters.events ?? []) expect(KNOWN_EVENTS).toContain(event);
		expect(trigger.parameters.events).toEqual(['order.created']);
		expect(trigger.webhookId).toMatch(/^[0-9a-f-]{36}$/);
	});

	test('the nodes are chained Salla Trigger -> Remove Duplicates -> the rest', () => {
		expect(example.connections['Salla Trigger'].main[0][0].node).toBe(nodeOf('n8n-nodes-base.removeDuplicates').name);
		expect(example.connections['Drop repeated deliveries'].main[0][0].node).toBe('Handle the new order');
	});

	(installed ? test : test.skip)('Remove Duplicates parameters are those of n8n\'s own node (tools/n8n)', () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { RemoveDuplicates } = require(REMOVE_DUPLICATES) as {
			RemoveDuplicates: new () => { nodeVersions: Record<number, { description: INodeTypeDescription }> };
		};
		const node = nodeOf('n8n-nodes-base.removeDuplicates');
		const version = new RemoveDuplicates().nodeVersions[node.typeVersion];
		expect(version).toBeDefined();
		const description = version.description;
		expect(invalidParameters(description.properties, node.parameters as INodeParameters, description)).toEqual([]);
		expect(node.parameters).toMatchObject({
			operation: 'removeItemsSeenInPreviousExecutions',
			logic: 'removeItemsWithAlreadySeenKeyValues',
		});
	});

	test('the check above can fail: a wrong parameter is reported', () => {
		const description = new SallaTrigger().description;
		expect(invalidParameters(description.properties, { events: [], securityStrategy: 'hmac', nope: 1 }, description)).toEqual([
			'securityStrategy: "hmac" is not one of signature, token',
			'nope: no such parameter',
		]);
	});

	test('the dedupe key built from a delivery is the same for Salla\'s repeat and differs between orders', async () => {
		const trigger = nodeOf('n8n-nodes-salla-merchant.sallaTrigger');
		const key = nodeOf('n8n-nodes-base.removeDuplicates').parameters.dedupeValue;
		expect(key).toBe('={{ $json.event }}:{{ $json.data.id }}');
		const raw = '{"event":"order.created","merchant":1,"created_at":"Wed Jun 30 2021 12:16:25 GMT+0300","data":{"id":2054311393}}';
		const harness = new TriggerHarness(trigger.parameters as INodeParameters, {
			staticData: { 'node:Salla Trigger': { webhooks: [{ id: 1, event: 'order.created', url: 'u' }], secret: 'k', strategy: 'signature' } },
		});
		const outcome = await harness.deliver({
			rawBody: raw,
			headers: { 'X-Salla-Signature': createHmac('sha256', 'k').update(raw).digest('hex') },
		});
		expect(outcome.items).toEqual([JSON.parse(raw)]);
		const item = outcome.items![0] as { event: string; data: { id: number } };
		expect(`${item.event}:${item.data.id}`).toBe('order.created:2054311393');
	});
});
