/**
 * examples/loyal-customers.json, run through n8n's real engine: both Salla nodes, connected as in
 * the file (the manual trigger stands aside: the run starts at the first Salla node with one item).
 */
import { WorkflowExecute } from 'n8n-core';
import type { IConnections, IExecuteData, INode, IRunExecutionData } from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import example from '../../examples/loyal-customers.json';
import { ACCESS_TOKEN, executionFor, SingleNodeTypes } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { requestedPaths } from '../helpers/fixtures';
import { Salla } from '../../nodes/Salla/Salla.node';

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

const LIST = 'Customers registered before 2025';
const ADD = 'Add them to the Loyal group';

async function runExample() {
	const nodes = example.nodes.filter((node) => node.type === 'n8n-nodes-salla-merchant.salla') as unknown as INode[];
	const connections = { [LIST]: example.connections[LIST as keyof typeof example.connections] } as unknown as IConnections;
	const workflowData = { id: 'loyal-customers', name: example.name, nodes, connections, active: false };
	const workflow = new Workflow({ ...workflowData, nodeTypes: new SingleNodeTypes(new Salla()) });
	const { additionalData } = executionFor(workflowData, 'loyal-execution');
	const first = nodes.find((node) => node.name === LIST)!;
	const runExecutionData: IRunExecutionData = createRunExecutionData({
		executionData: { nodeExecutionStack: [{ node: first, data: { main: [[{ json: {} }]] }, source: null } as IExecuteData] },
	});
	const run = await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	const output = (name: string) => run.data.resultData.runData[name]?.[0]?.data?.main?.[0] ?? [];
	return { run, output };
}

const page = (ids: number[], currentPage: number, totalPages: number) => ({
	status: 200,
	success: true,
	data: ids.map((id) => ({ id, first_name: `Customer ${id}` })),
	pagination: { currentPage, totalPages },
});

test('lists the customers registered up to the end of 2024, then adds all of them to the Loyal group in one request', async () => {
	salla('get', '/customers?date_to=2024-12-31&page=1&per_page=60', 200, page([11, 12], 1, 2));
	salla('get', '/customers?date_to=2024-12-31&page=2&per_page=60', 200, page([13], 2, 2));
	salla('post', '/customers/groups/add_customers', 200, {
		status: 200,
		success: true,
		data: ['The customers has been added to group successfully'],
	});

	const { run, output } = await runExample();

	expect(run.data.resultData.error).toBeUndefined();
	expect(requestedPaths()).toEqual([
		'GET /admin/v2/customers?date_to=2024-12-31&page=1&per_page=60',
		'GET /admin/v2/customers?date_to=2024-12-31&page=2&per_page=60',
		'POST /admin/v2/customers/groups/add_customers',
	]);
	expect(received.every((request) => request.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
	expect(received[2].body).toEqual({ group_id: 1394760126, customers: [11, 12, 13] });
	expect(output(LIST).map(({ json }) => json.id)).toEqual([11, 12, 13]);
	expect(output(ADD)).toEqual([
		{
			json: {
				group_id: 1394760126,
				customers: [11, 12, 13],
				added: true,
				message: 'The customers has been added to group successfully',
			},
			pairedItem: { item: 0 },
		},
	]);
});

test('no customer registered before the date: nothing is added', async () => {
	salla('get', '/customers?date_to=2024-12-31&page=1&per_page=60', 200, page([], 1, 1));

	const { run, output } = await runExample();

	expect(run.data.resultData.error).toBeUndefined();
	expect(received).toHaveLength(1);
	expect(output(ADD)).toEqual([]);
});
