/**
 * examples/order-paid-tag-note.json: a signed order.status.updated delivery goes through the Salla
 * Trigger as the example sets it up, and its output items run the example's two Salla nodes in n8n's
 * engine (WorkflowExecute, with the trigger's run recorded so that `$('Salla Trigger')` resolves).
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

import example from '../../examples/order-paid-tag-note.json';
import { Salla } from '../../nodes/Salla/Salla.node';
import { SallaTrigger } from '../../nodes/SallaTrigger/SallaTrigger.node';
import { ACCESS_TOKEN, executionFor } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { requestedPaths } from '../helpers/fixtures';
import { NODE_WEBHOOK_URL, TriggerHarness } from '../helpers/trigger';

const SECRET = '9c1e5b7a3d2f4e6a8b0c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f2a4b6c8d0e1f3a';

/** A delivery as Salla sends it for order.status.updated (PHP escapes: slashes, Arabic). */
const RAW_DELIVERY =
	'{"event":"order.status.updated","merchant":1234509876,"created_at":"Thu Nov 26 2026 10:15:00 GMT+0300",' +
	'"data":{"id":1275404514,"reference_id":40497223,"status":{"id":1298199463,"name":"\\u062a\\u0645 \\u0627\\u0644\\u062a\\u0646\\u0641\\u064a\\u0630","slug":"completed","customized":{"id":1638621685,"name":"\\u062a\\u0645 \\u0627\\u0644\\u062a\\u0646\\u0641\\u064a\\u0630"}},' +
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
				rule: '',
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
	const { additionalData } = executionFor(workflowData, 'example-execution');
	const items = triggerOutput.map((json) => ({ json }));
	const firstSalla = nodes.find((node) => node.name === 'Tag order as paid')!;
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

test('the trigger\'s delivery tags the order "paid", then notes it in the order\'s history', async () => {
	salla('post', '/orders/1275404514/tags', 200, { status: 200, success: true, data: { id: 7001, name: 'paid' } });
	salla('post', '/orders/1275404514/histories', 200, {
		status: 200,
		success: true,
		data: { id: 1333127585, status: 'تم التنفيذ', note: 'ok', created_at: { date: '2026-11-26 10:15:02.000000' } },
	});

	const delivered = await triggerItems();
	expect(delivered).toHaveLength(1);
	expect((delivered[0].data as IDataObject).id).toBe(1275404514);

	const result = await runExample(delivered);

	expect(result.error).toBeUndefined();
	expect(requestedPaths()).toEqual([
		'POST /admin/v2/orders/1275404514/tags',
		'POST /admin/v2/orders/1275404514/histories',
	]);
	expect(received.every((request) => request.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
	expect(received[0].body).toEqual({ tag_name: 'paid' });
	expect(received[1].body).toEqual({ note: 'Tagged "paid" by n8n after the status changed to تم التنفيذ' });
	expect(result.runData['Tag order as paid'][0].data?.main[0]).toEqual([
		{ json: { id: 7001, name: 'paid' }, pairedItem: { item: 0 } },
	]);
	expect(result.runData['Note it in the history'][0].data?.main[0]).toEqual([
		{
			json: { id: 1333127585, status: 'تم التنفيذ', note: 'ok', created_at: { date: '2026-11-26 10:15:02.000000' } },
			pairedItem: { item: 0 },
		},
	]);
});
