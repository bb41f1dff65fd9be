/**
 * examples/order-shipping-policy.json: a signed order.status.updated delivery (the order is now in
 * progress) goes through the Salla Trigger as the example sets it up, and its output items run the
 * example's two Salla nodes in n8n's engine: Order → Run Actions creates the shipping policy, and
 * Order → Add Note writes Salla's result for that order into its history.
 */
import { createHmac } from 'crypto';

import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	IConnections,
	IDataObject,
	IExecuteData,
	INode,
	INodeType,
	INodeTypes,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import example from '../../examples/order-shipping-policy.json';
import { Salla } from '../../nodes/Salla/Salla.node';
import { SallaTrigger } from '../../nodes/SallaTrigger/SallaTrigger.node';
import { ACCESS_TOKEN, additionalDataFor, sallaCredential, TestCredentialsHelper } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { NODE_WEBHOOK_URL, TriggerHarness } from '../helpers/trigger';

const SECRET = '9c1e5b7a3d2f4e6a8b0c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f2a4b6c8d0e1f3a';

/** A delivery as Salla sends it for order.status.updated (PHP escapes: slashes, Arabic). */
const RAW_DELIVERY =
	'{"event":"order.status.updated","merchant":1234509876,"created_at":"Thu Nov 26 2026 10:15:00 GMT+0300",' +
	'"data":{"id":1275404514,"reference_id":40497223,"status":{"id":1939592358,"name":"\\u0642\\u064a\\u062f \\u0627\\u0644\\u062a\\u0646\\u0641\\u064a\\u0630","slug":"in_progress","customized":{"id":1939592358,"name":"\\u0642\\u064a\\u062f \\u0627\\u0644\\u062a\\u0646\\u0641\\u064a\\u0630"}},' +
	'"payment_method":"mada","urls":{"admin":"https:\\/\\/s.salla.sa\\/orders\\/order\\/Rowq4JLlxVenM8ELG5X1vzOPYXyjGpQ0"}}}';

const nodeNamed = (name: string) => example.nodes.find((node) => node.name === name) as unknown as INode;

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

/** The trigger's output for the sample delivery, through n8n-core's WebhookContext. */
async function triggerItems(): Promise<IDataObject[]> {
	const trigger = new TriggerHarness(nodeNamed('Salla Trigger').parameters, {
		staticData: {
			'node:Salla Trigger': {
				webhooks: [{ id: 1001, event: 'order.status.updated', url: `${NODE_WEBHOOK_URL}?event=order.status.updated` }],
				secret: SECRET,
				strategy: 'signature',
				rule: 'status_id = 1939592358',
				baseUrl: NODE_WEBHOOK_URL,
			},
		},
	});
	const outcome = await trigger.deliver({
		rawBody: RAW_DELIVERY,
		headers: { 'X-Salla-Signature': createHmac('sha256', SECRET).update(RAW_DELIVERY).digest('hex') },
		query: { event: 'order.status.updated' },
	});
	expect(outcome.status).toBe(200);
	return outcome.items ?? [];
}

/** Runs the example from its first Salla node on, with the trigger's run already recorded. */
async function runExample(triggerOutput: IDataObject[]) {
	const nodes = example.nodes.map((node) => ({ ...node, credentials: { sallaOAuth2Api: { id: 'cred-1', name: 'Salla account' } } })) as unknown as INode[];
	const workflowData = { id: 'example-workflow', name: example.name, nodes, connections: example.connections as unknown as IConnections, active: false };
	const workflow = new Workflow({ ...workflowData, nodeTypes: new PackageNodeTypes() });
	const credentials = new TestCredentialsHelper(sallaCredential());
	const hooks = new ExecutionLifecycleHooks('manual', 'example-execution', {
		...workflowData,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	const additionalData = { ...additionalDataFor(credentials), hooks } as IWorkflowExecuteAdditionalData;
	const items = triggerOutput.map((json) => ({ json }));
	const firstSalla = nodes.find((node) => node.name === 'Create shipping policy')!;
	const runExecutionData: IRunExecutionData = createRunExecutionData({
		resultData: {
			runData: {
				'Salla Trigger': [{ startTime: 0, executionTime: 0, executionIndex: 0, source: [], data: { main: [items] } }],
			},
		},
		executionData: {
			nodeExecutionStack: [
				{ node: firstSalla, data: { main: [items] }, source: { main: [{ previousNode: 'Salla Trigger' }] } } as IExecuteData,
			],
		},
	});
	const run = await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	return run.data.resultData;
}

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

test('the example registers its trigger for in-progress orders only, through Salla\'s rule', () => {
	expect(nodeNamed('Salla Trigger').parameters).toEqual({
		events: ['order.status.updated'],
		securityStrategy: 'signature',
		options: { rule: 'status_id = 1939592358' },
	});
});

test('an order now in progress gets its shipping policy, and the result is noted in its history', async () => {
	salla('post', '/orders/actions', 200, {
		status: 200,
		success: true,
		data: [{ operation_id: '9c248334-f4cb-491b-84d0-57c415347d34', action_name: 'create_shipping_policy', status: 'success' }],
	});
	salla('post', '/orders/1275404514/histories', 200, {
		status: 200,
		success: true,
		data: { id: 1333127590, status: 'قيد التنفيذ', note: 'ok', created_at: { date: '2026-11-26 10:15:03.000000' } },
	});

	const delivered = await triggerItems();
	expect(delivered).toHaveLength(1);
	const result = await runExample(delivered);

	expect(result.error).toBeUndefined();
	expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
		'POST /admin/v2/orders/actions',
		'POST /admin/v2/orders/1275404514/histories',
	]);
	expect(received.every((request) => request.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
	expect(received[0].body).toEqual({ operations: [{ action_name: 'create_shipping_policy' }], filters: { order_ids: [1275404514] } });
	expect(received[1].body).toEqual({ note: 'Shipping policy by n8n: success' });
	expect(result.runData['Create shipping policy'][0].data?.main[0]).toEqual([
		{
			json: { order_id: 1275404514, operation_id: '9c248334-f4cb-491b-84d0-57c415347d34', action_name: 'create_shipping_policy', status: 'success', message: null },
			pairedItem: { item: 0 },
		},
	]);
});

test('a policy Salla could not create is noted with Salla\'s message', async () => {
	salla('post', '/orders/actions', 200, {
		status: 200,
		success: true,
		data: [{ operation_id: 'b7', action_name: 'create_shipping_policy', status: 'failed', message: 'No shipping company on the order' }],
	});
	salla('post', '/orders/1275404514/histories', 200, { status: 200, success: true, data: { id: 1 } });
	const result = await runExample(await triggerItems());
	expect(result.error).toBeUndefined();
	expect(received[1].body).toEqual({ note: 'Shipping policy by n8n: failed (No shipping company on the order)' });
});
