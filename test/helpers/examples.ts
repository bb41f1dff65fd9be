/**
 * Runs an example workflow whose first node is the Salla Trigger: a signed delivery goes through the
 * trigger as the example sets it up, and its output items run the example's Salla nodes in n8n's engine
 * (WorkflowExecute, with the trigger's run recorded so that `$('Salla Trigger')` resolves).
 */
import { createHmac } from 'crypto';

import { WorkflowExecute } from 'n8n-core';
import type {
	IConnections,
	IDataObject,
	IExecuteData,
	INode,
	INodeType,
	INodeTypes,
	IRunExecutionData,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import { Salla } from '../../nodes/Salla/Salla.node';
import { SallaTrigger } from '../../nodes/SallaTrigger/SallaTrigger.node';
import { executionFor } from './engine';
import { NODE_WEBHOOK_URL, TriggerHarness } from './trigger';

const SECRET = '9c1e5b7a3d2f4e6a8b0c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f2a4b6c8d0e1f3a';

/** A delivery as Salla sends it for order.status.updated (PHP escapes: slashes, Arabic), with `status` as sent. */
export const statusUpdatedDelivery = (status: string) =>
	'{"event":"order.status.updated","merchant":1234509876,"created_at":"Thu Nov 26 2026 10:15:00 GMT+0300",' +
	`"data":{"id":1275404514,"reference_id":40497223,"status":${status},` +
	'"payment_method":"mada","urls":{"admin":"https:\\/\\/s.salla.sa\\/orders\\/order\\/Rowq4JLlxVenM8ELG5X1vzOPYXyjGpQ0"}}}';

/** An example workflow as its JSON file holds it. */
export interface ExampleWorkflow {
	name: string;
	nodes: Array<{ name: string; parameters: unknown }>;
	connections: unknown;
}

export const nodeIn = (example: ExampleWorkflow, name: string) =>
	example.nodes.find((node) => node.name === name) as unknown as INode;

/** n8n's node-type registry with both of the package's nodes. */
class PackageNodeTypes implements INodeTypes {
	private readonly types: Record<string, INodeType> = {
		'n8n-nodes-salla-merchant.salla': new Salla(),
		'n8n-nodes-salla-merchant.sallaTrigger': new SallaTrigger(),
	};

	getByName(type: string): INodeType {
		return this.types[type];
	}

	getByNameAndVersion(type: string): INodeType {
		return this.types[type];
	}

	getKnownTypes() {
		return {};
	}
}

/** The trigger's output for a signed order.status.updated delivery, through n8n-core's WebhookContext. */
export async function triggerItems(example: ExampleWorkflow, rawDelivery: string, rule = ''): Promise<IDataObject[]> {
	const trigger = new TriggerHarness(nodeIn(example, 'Salla Trigger').parameters, {
		staticData: {
			'node:Salla Trigger': {
				webhooks: [{ id: 1001, event: 'order.status.updated', url: `${NODE_WEBHOOK_URL}?event=order.status.updated` }],
				secret: SECRET,
				strategy: 'signature',
				rule,
				baseUrl: NODE_WEBHOOK_URL,
			},
		},
	});
	const outcome = await trigger.deliver({
		rawBody: rawDelivery,
		headers: { 'X-Salla-Signature': createHmac('sha256', SECRET).update(rawDelivery).digest('hex') },
		query: { event: 'order.status.updated' },
	});
	expect(outcome.status).toBe(200);
	return outcome.items ?? [];
}

/** Runs the example from `firstSalla` on, with the trigger's run already recorded. */
export async function runExampleFrom(example: ExampleWorkflow, firstSalla: string, triggerOutput: IDataObject[]) {
	const nodes = example.nodes.map((node) => ({ ...node, credentials: { sallaOAuth2Api: { id: 'cred-1', name: 'Salla account' } } })) as unknown as INode[];
	const workflowData = { id: 'example-workflow', name: example.name, nodes, connections: example.connections as IConnections, active: false };
	const workflow = new Workflow({ ...workflowData, nodeTypes: new PackageNodeTypes() });
	const { additionalData } = executionFor(workflowData, 'example-execution');
	const items = triggerOutput.map((json) => ({ json }));
	const first = nodes.find((node) => node.name === firstSalla)!;
	const runExecutionData: IRunExecutionData = createRunExecutionData({
		resultData: {
			runData: {
				'Salla Trigger': [{ startTime: 0, executionTime: 0, executionIndex: 0, source: [], data: { main: [items] } }],
			},
		},
		executionData: {
			nodeExecutionStack: [
				{ node: first, data: { main: [items] }, source: { main: [{ previousNode: 'Salla Trigger' }] } } as IExecuteData,
			],
		},
	});
	const run = await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	return run.data.resultData;
}
